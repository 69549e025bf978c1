import type { ArticleSummary } from "@/lib/articles/types";
import { ArticleCard } from "./ArticleCard";

export function ArticleGrid({ articles, showLead = true }: { articles: ArticleSummary[]; showLead?: boolean }) {
  return (
    <div className="grid">
      {articles.map((a) => (
        <ArticleCard key={a.id} article={a} showLead={showLead} headingLevel="h2" />
      ))}
    </div>
  );
}
