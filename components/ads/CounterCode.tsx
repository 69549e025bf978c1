import { HEAD_CODE_ATTRIBUTE } from "@/lib/ads/head-code";
import { getActiveAds } from "@/lib/ads/reads";

/**
 * «Код счётчиков» on every reader page: the head code in a <template> that the server moves into
 * <head> when it sends the page (lib/ads/head-code.ts), the rest at the end of the page.
 */
export async function CounterCode() {
  const { counters } = await getActiveAds();
  return (
    <>
      {counters.headCode ? <template {...{ [HEAD_CODE_ATTRIBUTE]: "" }} dangerouslySetInnerHTML={{ __html: counters.headCode }} /> : null}
      {counters.bodyCode ? <div className="counters" dangerouslySetInnerHTML={{ __html: counters.bodyCode }} /> : null}
    </>
  );
}
