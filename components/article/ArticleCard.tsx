import Link from "next/link";
import type { ArticleSummary } from "@/lib/articles/types";
import { edition } from "@/lib/editions/edition";
import { paths } from "@/lib/paths";
import { CoverPicture } from "./CoverPicture";
import { PublishedTime } from "./PublishedTime";

type Props = {
  article: ArticleSummary;
  variant?: "lead" | "card" | "row";
  showLead?: boolean;
  headingLevel?: "h2" | "h3";
  /** A row with its cover's thumbnail (rows have none by default). */
  thumbnail?: boolean;
};

export function ArticleCard({ article, variant = "card", showLead = false, headingLevel = "h3", thumbnail = false }: Props) {
  const Heading = headingLevel;
  const { path } = edition();
  const href = path(paths.article(article.slug));
  const sizes = variant === "lead" ? "(min-width: 1024px) 660px, 100vw" : variant === "row" ? "120px" : "(min-width: 640px) 320px, 100vw";
  return (
    <article className={`card card--${variant}${variant === "row" && thumbnail ? " card--thumb" : ""}`}>
      {article.cover && (variant !== "row" || thumbnail) ? (
        <Link href={href} className="card__media" tabIndex={-1} aria-hidden="true">
          <CoverPicture cover={article.cover} sizes={sizes} priority={variant === "lead"} />
        </Link>
      ) : null}
      <div className="card__body">
        <Link className="label" href={path(paths.category(article.category.slug))}>
          {article.category.name}
        </Link>
        <Heading className="card__title">
          <Link href={href}>{article.title}</Link>
        </Heading>
        {showLead && article.lead ? <p className="card__lead">{article.lead}</p> : null}
        <PublishedTime className="meta" iso={article.publishedAt} />
      </div>
    </article>
  );
}
