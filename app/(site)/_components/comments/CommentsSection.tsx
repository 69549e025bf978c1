import type { Commenter } from "@/lib/comments/commenter-cookie";
import { currentFormToken } from "@/lib/comments/form-token-cache";
import { buildThread, mergeByDate } from "@/lib/comments/thread";
import { getApprovedComments, readHeldComments } from "@/lib/comments/reads";
import { edition } from "@/lib/editions/edition";
import { fill, plural } from "@/lib/i18n/format";
import { paths } from "@/lib/paths";
import { CommentForm } from "./CommentForm";
import { CommentThread } from "./CommentThread";

type Props = {
  article: { id: number; slug: string };
  /** Replying to this comment (the /<slug>/reply/<id> page, for browsers without JavaScript). */
  replyToId?: number;
  /** The reader's own cookie: their held comments and remembered details. */
  commenter?: Commenter | null;
};

export async function CommentsSection({ article, replyToId, commenter }: Props) {
  const [approved, held, token] = await Promise.all([
    getApprovedComments(article.id),
    commenter ? readHeldComments(article.id, commenter.held) : Promise.resolve([]),
    currentFormToken(article.id),
  ]);
  const replyTo = replyToId === undefined ? undefined : approved.find((c) => c.id === replyToId);
  const thread = buildThread(mergeByDate(approved, held));
  const { language, t, path } = edition();
  const articlePath = path(paths.article(article.slug));
  return (
    <section id="comments" className="comments" aria-labelledby="comments-title">
      <h2 id="comments-title" className="block-title">
        {approved.length > 0 ? fill(plural(language, approved.length, t.plurals.comments), { count: approved.length }) : t.comments.none}
      </h2>
      <CommentThread nodes={thread} replyHref={(id) => `${articlePath}/reply/${id}#respond`} />
      <CommentForm
        articleId={article.id}
        token={token}
        replyTo={replyTo ? { id: replyTo.id, authorName: replyTo.authorName } : null}
        cancelReplyHref={`${articlePath}#respond`}
        defaults={{ name: commenter?.name ?? "", email: commenter?.email ?? "", url: commenter?.url ?? "", remember: commenter?.remember ?? false }}
        t={t.comments}
      />
      <script src="/comments.js" defer data-keep />
    </section>
  );
}
