import { revalidateTag } from "next/cache";
import { z } from "zod";
import { INTERNAL_SECRET_HEADER, isInternalCaller } from "@/lib/server/internal-secret";

const body = z.object({ tags: z.array(z.string().min(1).max(200)).min(1).max(100) });

/** Invalidates cache tags; only this process may call it (see lib/cache/change-listener.ts). */
export async function POST(request: Request) {
  if (!isInternalCaller(request.headers.get(INTERNAL_SECRET_HEADER))) {
    return Response.json({ error: "Forbidden" }, { status: 403 });
  }
  const parsed = body.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return Response.json({ error: "Expected { tags: string[] }" }, { status: 400 });
  for (const tag of parsed.data.tags) revalidateTag(tag, { expire: 0 });
  return new Response(null, { status: 204 });
}
