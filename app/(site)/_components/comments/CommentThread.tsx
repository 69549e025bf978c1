import type { PublicComment } from "@/lib/comments/types";
import type { ThreadNode } from "@/lib/comments/thread";
import { MAX_THREAD_DEPTH } from "@/lib/comments/limits";
import { PublishedTime } from "@/components/article/PublishedTime";
import { edition } from "@/lib/editions/edition";
import { fill } from "@/lib/i18n/format";

type Props = { nodes: ThreadNode<PublicComment>[]; replyHref: (commentId: number) => string };

function CommentAuthor({ comment }: { comment: PublicComment }) {
  const name = comment.authorUrl ? (
    <a href={comment.authorUrl} rel="external nofollow ugc" className="comment-author__name">
      {comment.authorName}
    </a>
  ) : (
    <span className="comment-author__name">{comment.authorName}</span>
  );
  return (
    <p className="comment-author">
      {name}
      {comment.staff ? <span className="badge">{edition().t.comments.staff}</span> : null}
    </p>
  );
}

export function CommentThread({ nodes, replyHref }: Props) {
  if (nodes.length === 0) return null;
  const t = edition().t.comments;
  return (
    <ol className="comment-list">
      {nodes.map((comment) => (
        <li key={comment.id} id={`comment-${comment.id}`} className={`comment depth-${comment.depth}${comment.held ? " comment--held" : ""}`}>
          <article aria-label={fill(t.commentBy, { name: comment.authorName })}>
            <header>
              <CommentAuthor comment={comment} />
              <a href={`#comment-${comment.id}`} className="meta">
                <PublishedTime iso={comment.createdAt} />
              </a>
            </header>
            {comment.held ? <p className="comment-awaiting-moderation">{t.held}</p> : null}
            <div className="comment-content" dangerouslySetInnerHTML={{ __html: comment.contentHtml }} />
            {!comment.held && comment.depth < MAX_THREAD_DEPTH ? (
              <a className="comment-reply-link" href={replyHref(comment.id)} data-reply-to={comment.id} data-author={comment.authorName} rel="nofollow">
                {t.reply}
              </a>
            ) : null}
          </article>
          <CommentThread nodes={comment.replies} replyHref={replyHref} />
        </li>
      ))}
    </ol>
  );
}
