import type { Metadata } from "next";
import type { ReactNode } from "react";
import { notFound, permanentRedirect } from "next/navigation";
import { getArchivePage, type ArchiveKind } from "@/lib/articles/reads";
import { getAuthorBySlug, getCategories, getEditionCategories, getTagBySlug } from "@/lib/taxonomy/reads";
import { edition, enterEdition, showCounterparts } from "@/lib/editions/edition";
import { fill } from "@/lib/i18n/format";
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
  const { language, path, pathIn } = edition();
  const categories = await getEditionCategories(language);
  const c = categories.find((category) => category.slug === slug);
  if (!c) return null;
  const original = (await getCategories()).find((category) => category.id === c.id)!;
  showCounterparts({
    ru: pathIn(paths.category(original.slug), "ru"),
    ...(original.kkName && original.kkSlug ? { kk: pathIn(paths.category(original.kkSlug), "kk") } : {}),
  });
  const link = (category: { name: string; slug: string }) => ({ name: category.name, path: path(paths.category(category.slug)) });
  return {
    kicker: edition().t.archive.kicker.category,
    title: c.name,
    // Written in the newsroom in Russian: other editions describe the category from their strings.
    description: language === "ru" ? c.description : undefined,
    href: (p) => path(paths.category(slug, p)),
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
      const t = await getTagBySlug(edition().language, slug);
      return t && { kicker: edition().t.archive.kicker.tag, title: t.name, href: (p) => edition().path(paths.tag(slug, p)) };
    }
    case "author": {
      const a = await getAuthorBySlug(slug);
      return (
        a && {
          kicker: edition().t.archive.kicker.author,
          title: a.name,
          description: a.bio,
          href: (p) => edition().path(paths.author(slug, p)),
          intro: <AuthorIntro author={a} />,
        }
      );
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

const placeholderParams = { slug: BUILD_PLACEHOLDER, n: BUILD_PLACEHOLDER };

/** Renders page `segment` (undefined = first) of an archive; unknown subjects and pages past the end are 404. */
async function renderArchive(kind: ArchiveKind, slug: string, segment?: string) {
  const subject = await findSubject(kind, slug);
  if (!subject) notFound();
  const page = pageFrom(segment, subject);
  const result = await getArchivePage(edition().language, kind, slug, page);
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

async function archiveMetadata(kind: ArchiveKind, slug: string, segment?: string): Promise<Metadata> {
  const subject = await findSubject(kind, slug);
  const { t } = edition();
  if (!subject) return { title: t.errors.notFound.title };
  const page = segment ? parsePageNumber(segment) : 1;
  return pageMetadata({
    title: page && page > 1 ? fill(t.archive.titleWithPage, { title: subject.title, page }) : subject.title,
    description: subject.description || fill(t.archive.description[kind], { title: subject.title }),
    path: subject.href(page ?? 1),
    // A category's first page in each edition, under its own name and address (set by findCategory).
    editions: kind === "category" && page === 1 ? { ...edition().counterparts } : undefined,
    feeds:
      kind === "category"
        ? [{ title: fill(t.archive.feedTitle, { title: subject.title, site: siteName() }), url: edition().path(paths.feed(slug)) }]
        : undefined,
  });
}

type FirstPageProps = { params: Promise<{ lang: string; slug: string }> };
type NthPageProps = { params: Promise<{ lang: string; slug: string; n: string }> };

/**
 * What an archive's route file exports, for its first page (`/category/<slug>`) or a further
 * one (`/category/<slug>/page/<n>`): the six archive routes differ only in these two.
 */
export function archiveRoute(kind: ArchiveKind) {
  return {
    firstPage: {
      generateStaticParams: () => [{ slug: placeholderParams.slug }],
      async generateMetadata({ params }: FirstPageProps) {
        const { lang, slug } = await params;
        await enterEdition(lang);
        return archiveMetadata(kind, slug);
      },
      async Page({ params }: FirstPageProps) {
        const { lang, slug } = await params;
        await enterEdition(lang);
        return renderArchive(kind, slug);
      },
    },
    nthPage: {
      generateStaticParams: () => [placeholderParams],
      async generateMetadata({ params }: NthPageProps) {
        const { lang, slug, n } = await params;
        await enterEdition(lang);
        return archiveMetadata(kind, slug, n);
      },
      async Page({ params }: NthPageProps) {
        const { lang, slug, n } = await params;
        await enterEdition(lang);
        return renderArchive(kind, slug, n);
      },
    },
  };
}
