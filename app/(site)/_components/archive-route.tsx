import type { Metadata } from "next";
import type { ReactNode } from "react";
import { notFound, permanentRedirect } from "next/navigation";
import { getArchivePage, type ArchiveKind } from "@/lib/articles/reads";
import { getAuthorBySlug, getCategories, getTagBySlug } from "@/lib/taxonomy/reads";
import { ancestorsOf, childrenOf } from "@/lib/taxonomy/hierarchy";
import { paths } from "@/lib/paths";
import { BUILD_PLACEHOLDER, isWellFormedSlug, parsePageNumber } from "@/lib/route-params";
import { pageMetadata } from "@/lib/seo/metadata";
import { siteName } from "@/lib/site";
import { ArchiveView, type ArchiveLink } from "./ArchiveView";
import { AuthorIntro } from "@/components/seo/AuthorIntro";

type Subject = {
  kicker: string;
  title: string;
  description?: string;
  href: (page: number) => string;
  /** A category's parents, top one first */
  parents?: ArchiveLink[];
  /** A category's sub-categories */
  children?: ArchiveLink[];
  categoryId?: number;
  intro?: ReactNode;
};

async function findCategory(slug: string): Promise<Subject | null> {
  const categories = await getCategories();
  const c = categories.find((category) => category.slug === slug);
  if (!c) return null;
  const link = (category: { name: string; slug: string }) => ({ name: category.name, path: paths.category(category.slug) });
  return {
    kicker: "Рубрика",
    title: c.name,
    description: c.description,
    href: (p) => paths.category(slug, p),
    parents: ancestorsOf(categories, c.id).map(link),
    children: childrenOf(categories, c.id).map(link),
    categoryId: c.id,
  };
}

async function findSubject(kind: ArchiveKind, slug: string): Promise<Subject | null> {
  if (slug === BUILD_PLACEHOLDER || !isWellFormedSlug(slug)) return null;
  switch (kind) {
    case "category":
      return findCategory(slug);
    case "tag": {
      const t = await getTagBySlug(slug);
      return t && { kicker: "Метка", title: t.name, href: (p) => paths.tag(slug, p) };
    }
    case "author": {
      const a = await getAuthorBySlug(slug);
      return a && { kicker: "Автор", title: a.name, description: a.bio, href: (p) => paths.author(slug, p), intro: <AuthorIntro author={a} /> };
    }
  }
}

function pageFrom(segment: string | undefined, subject: Subject): number {
  if (segment === undefined) return 1;
  if (segment === "1") permanentRedirect(subject.href(1));
  const page = parsePageNumber(segment);
  if (page === null) notFound();
  return page;
}

export const placeholderParams = { slug: BUILD_PLACEHOLDER, n: BUILD_PLACEHOLDER };

/** Renders page `segment` (undefined = first) of an archive; unknown subjects and pages past the end are 404. */
export async function renderArchive(kind: ArchiveKind, slug: string, segment?: string) {
  const subject = await findSubject(kind, slug);
  if (!subject) notFound();
  const page = pageFrom(segment, subject);
  const result = await getArchivePage(kind, slug, page);
  // A tag or author with nothing published has no public page: a tag typed into a draft must not make one.
  if (!result || (result.total === 0 && kind !== "category")) notFound();
  return (
    <ArchiveView
      kicker={subject.kicker}
      title={subject.title}
      description={subject.description}
      result={result}
      href={subject.href}
      parents={subject.parents}
      subsections={subject.children}
      currentCategory={kind === "category" ? slug : undefined}
      categoryId={subject.categoryId}
      intro={subject.intro}
    />
  );
}

export async function archiveMetadata(kind: ArchiveKind, slug: string, segment?: string): Promise<Metadata> {
  const subject = await findSubject(kind, slug);
  if (!subject) return { title: "Страница не найдена" };
  const page = segment ? parsePageNumber(segment) : 1;
  return pageMetadata({
    title: page && page > 1 ? `${subject.title} — страница ${page}` : subject.title,
    description: subject.description || `${subject.kicker} «${subject.title}»: все материалы.`,
    path: subject.href(page ?? 1),
    feeds: kind === "category" ? [{ title: `${subject.title} — ${siteName()}`, url: paths.feed(slug) }] : undefined,
  });
}
