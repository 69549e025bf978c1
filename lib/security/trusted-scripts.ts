import { OWN_SCRIPT_HASHES } from "./content-security-policy";
import { sha256Source } from "./script-hash";

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/g;

/**
 * The hashes a reader page's policy must allow, and the page without its render nonce (it is
 * cached and shared, so the nonce would be worth nothing). An inline script is trusted when it
 * carries this render's nonce (React put it there: nobody else knew it) or is one of Vestnik's
 * own or the ad code's; anything else stays unlisted, and the browser will not run it.
 */
export function trustInlineScripts(html: string, nonce: string | null, extraHashes: readonly string[] = []): { html: string; hashes: string[] } {
  const hashes = new Set<string>();
  const nonceAttribute = nonce === null ? null : ` nonce="${nonce}"`;
  const out = html.replace(SCRIPT, (whole, attributes: string, body: string) => {
    if (/\bsrc=/.test(attributes) || /\btype="application\/(?:ld\+)?json"/.test(attributes)) return whole;
    const hash = sha256Source(body);
    if (nonceAttribute !== null && attributes.includes(nonceAttribute)) {
      hashes.add(hash);
      return `<script${attributes.replace(nonceAttribute, "")}>${body}</script>`;
    }
    if (OWN_SCRIPT_HASHES.has(hash) || extraHashes.includes(hash)) hashes.add(hash);
    return whole;
  });
  return { html: out, hashes: [...hashes] };
}
