import { connection } from "next/server";
import { getActiveAds } from "@/lib/ads/reads";
import { adTracking } from "@/lib/ads/process-tracking";
import { isBot } from "@/lib/views/view-counter";

type Props = { params: Promise<{ id: string }> };

const PIXEL = Buffer.from("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7", "base64");

/**
 * An ad's impression beacon, a 1×1 image in the slot. Reader pages are cached and served
 * without rendering, so counting when a slot renders would count cache fills; the browser
 * asks for this image on every view it shows the ad (and crawlers that skip images do not count).
 */
export async function GET(request: Request, { params }: Props) {
  await connection();
  const { id } = await params;
  const slotId = /^[1-9][0-9]{0,8}$/.test(id) ? Number(id) : null;
  const { slots } = await getActiveAds();
  const live = slotId !== null && Object.values(slots).some((list) => list.some((slot) => slot.id === slotId));
  if (live && !isBot(request.headers.get("user-agent") ?? undefined)) adTracking().record(slotId, "impressions");
  return new Response(PIXEL, { headers: { "content-type": "image/gif", "cache-control": "no-store" } });
}
