import type { WxrItem } from "@/lib/wordpress/wxr-reader";
import type { ImportContext } from "./import-context";
import { importPage } from "./import-pages";
import type { PostBatches } from "./post-batches";
import { preparePost } from "./prepare-post";
import { skip } from "./report";
import { articleStatusOf, plainText } from "./wordpress-values";

/**
 * An item of the export: posts become articles (written in batches), pages static pages,
 * attachments are noted for the image import that follows the text; the rest is left.
 */
export async function importItem(ctx: ImportContext, batches: PostBatches, item: WxrItem): Promise<void> {
  if (item.postType === "attachment") {
    ctx.attachments.add(item, plainText(item.excerpt, 500));
    return;
  }
  if (item.postType === "page") {
    // A page's slug is checked against the articles written so far.
    await batches.drain();
    return importPage(ctx, item);
  }
  if (item.postType !== "post") return;
  const status = articleStatusOf(item.status);
  if (status === null) return skip(ctx.report.posts, `статус «${item.status}»`);
  // A password-protected post was never public: it waits as a draft.
  await batches.add(preparePost(ctx, item, item.postPassword ? "DRAFT" : status));
}
