import { connection } from "next/server";
import { adTracking } from "@/lib/ads/process-tracking";
import { adClickTargets } from "@/lib/ads/writes";
import { isBot } from "@/lib/views/view-counter";

type Props = { params: Promise<{ id: string }> };

/**
 * An ad's link: counts the click and redirects. Only to an address the slot itself links to
 * (its link, or a link in its saved code), so this is never an open redirect.
 */
export async function GET(request: Request, { params }: Props) {
  await connection();
  const { id } = await params;
  const slotId = /^[1-9][0-9]{0,8}$/.test(id) ? Number(id) : null;
  const to = new URL(request.url).searchParams.get("to") ?? "";
  const allowed = (slotId === null ? null : await adClickTargets(slotId)) ?? [];
  if (slotId === null || !allowed.includes(to)) return new Response("Ссылка не найдена", { status: 404, headers: { "cache-control": "no-store" } });
  if (!isBot(request.headers.get("user-agent") ?? undefined)) adTracking().record(slotId, "clicks");
  return new Response(null, {
    status: 302,
    headers: { location: new URL(to, request.url).toString(), "cache-control": "no-store", "referrer-policy": "origin" },
  });
}
