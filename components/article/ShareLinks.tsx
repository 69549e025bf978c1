import { INLINE_SCRIPTS } from "@/lib/security/inline-scripts";
import { edition } from "@/lib/editions/edition";
import { shareLinks } from "@/lib/share/share-links";

/**
 * Copies the link instead of following it when scripts run; without them the anchor is the
 * article's own address, ready for «Copy link».
 */
export function ShareLinks({ url, title }: { url: string; title: string }) {
  const t = edition().t.share;
  return (
    <section className="share" aria-labelledby="share-title">
      <h2 className="visually-hidden" id="share-title">
        {t.title}
      </h2>
      <span aria-hidden="true">{t.label}</span>
      <ul>
        {shareLinks(url, title).map((link) => (
          <li key={link.network}>
            <a className={`share__${link.network}`} href={link.href} rel="nofollow noopener noreferrer" target="_blank">
              {link.label}
            </a>
          </li>
        ))}
        <li>
          <a className="share__copy" href={url} data-copy-link="" data-copied={t.copied}>
            {t.copy}
          </a>
        </li>
      </ul>
      <script data-keep="" dangerouslySetInnerHTML={{ __html: INLINE_SCRIPTS.copyLink }} />
    </section>
  );
}
