import { notFound } from "next/navigation";
import { ArticleBody } from "@/components/article/ArticleBody";
import { CoverPicture } from "@/components/article/CoverPicture";
import { readArticleForPreview, STATUS_LABELS } from "@/lib/articles/newsroom-reads";
import { formatAdminDate } from "@/lib/format/newsroom-date";
import { canEditArticle } from "@/lib/articles/permissions";
import { requireStaffPage } from "@/lib/auth/current-staff";
import { articleIdParam } from "../article-id";

/** The unpublished (or current) version as readers would see it; staff only, never cached. */
export default async function PreviewPage({ params }: { params: Promise<{ id: string }> }) {
  const staff = await requireStaffPage();
  const id = articleIdParam((await params).id);
  const article = id ? await readArticleForPreview(id) : null;
  if (!article || !canEditArticle(staff, article)) notFound();
  return (
    <article className="article admin-preview">
      <p className="form-message">
        Предпросмотр · {STATUS_LABELS[article.status]}
        {article.publishedAt ? ` · ${formatAdminDate(article.publishedAt)}` : ""}
      </p>
      <p className="label">{article.category.name}</p>
      <h1 className="article__title">{article.title}</h1>
      <p className="article__meta">{article.author.name}</p>
      {article.cover && (
        <figure className="article__cover">
          <CoverPicture cover={{ ...article.cover, alt: article.coverAlt, caption: article.coverCaption }} sizes="(max-width: 760px) 100vw, 760px" />
          {article.coverCaption && <figcaption>{article.coverCaption}</figcaption>}
        </figure>
      )}
      <p className="article__lead">{article.lead}</p>
      <ArticleBody html={article.bodyHtml} />
    </article>
  );
}
