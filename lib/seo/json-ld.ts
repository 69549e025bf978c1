import { LANGUAGE_TAG, type Language } from "@/lib/i18n/languages";
import type { ArticleFull } from "@/lib/articles/types";
import type { PublishedPage } from "@/lib/pages/types";
import { paths } from "@/lib/paths";
import { withEditionPrefix } from "@/lib/editions/editions";
import { socialImage } from "./social-image";

export type Site = {
  url: string;
  name: string;
  /** The edition the page is in: its language, its paths' prefix ("" or "/kk") and its word for the home page. */
  edition?: { language: Language; prefix: string; home: string };
  /** The outlet's own details («Оформление и реквизиты»), for its Organization. */
  description?: string;
  /** Its profiles on social networks. */
  sameAs?: string[];
  email?: string;
  telephone?: string;
  address?: string;
};

type JsonLd = Record<string, unknown>;

export const LOGO = { path: "/logo.png", width: 512, height: 512 };

const absolute = (site: Site, path: string) => new URL(path, site.url).toString();

function organization(site: Site): JsonLd {
  const contact =
    site.email || site.telephone
      ? { "@type": "ContactPoint", contactType: "editorial", email: site.email || undefined, telephone: site.telephone || undefined }
      : undefined;
  return {
    "@type": "NewsMediaOrganization",
    "@id": absolute(site, "/#organization"),
    name: site.name,
    url: absolute(site, "/"),
    logo: { "@type": "ImageObject", url: absolute(site, LOGO.path), width: LOGO.width, height: LOGO.height },
    description: site.description || undefined,
    sameAs: site.sameAs?.length ? site.sameAs : undefined,
    email: site.email || undefined,
    telephone: site.telephone || undefined,
    address: site.address ? { "@type": "PostalAddress", streetAddress: site.address } : undefined,
    contactPoint: contact,
  };
}

/** Google recommends headlines of at most 110 characters. */
function headline(title: string): string {
  return title.length <= 110 ? title : `${title.slice(0, 109).trimEnd()}…`;
}

export function newsArticleJsonLd(site: Site, article: ArticleFull): JsonLd {
  const url = absolute(site, local(site, paths.article(article.slug)));
  const image = socialImage(article);
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    "@id": `${url}#article`,
    mainEntityOfPage: { "@type": "WebPage", "@id": url },
    url,
    headline: headline(article.title),
    description: article.lead || undefined,
    image: [{ "@type": "ImageObject", url: absolute(site, image.url), width: image.width, height: image.height }],
    datePublished: article.publishedAt,
    dateModified: article.updatedAt,
    author: article.authors.map((a) => ({ "@type": "Person", name: a.name, url: absolute(site, local(site, paths.author(a.slug))) })),
    publisher: organization(site),
    articleSection: article.category.name,
    keywords: article.tags.map((t) => t.name),
    inLanguage: LANGUAGE_TAG[article.language],
  };
}

export type Crumb = { name: string; path: string };

/** A site path in the page's edition. */
function local(site: Site | undefined, path: string): string {
  return withEditionPrefix(site?.edition?.prefix ?? "", path);
}

function homeLabel(site: Site | undefined): string {
  return site?.edition?.home ?? "Главная";
}

export function articleBreadcrumbJsonLd(site: Site, article: ArticleFull): JsonLd {
  return breadcrumbJsonLd(site, [
    { name: homeLabel(site), path: local(site, paths.home()) },
    { name: article.category.name, path: local(site, paths.category(article.category.slug)) },
    { name: article.title, path: local(site, paths.article(article.slug)) },
  ]);
}

/** Home, the parent page if any, the page itself. */
export function pageCrumbs(page: PublishedPage, site?: Site): Crumb[] {
  return [
    { name: homeLabel(site), path: local(site, paths.home()) },
    ...(page.parent ? [{ name: page.parent.title, path: local(site, page.parent.path) }] : []),
    { name: page.title, path: local(site, page.path) },
  ];
}

/** A static page: a WebPage of the site, and its breadcrumbs. */
export function staticPageJsonLd(site: Site, page: PublishedPage): JsonLd[] {
  const url = absolute(site, local(site, page.path));
  return [
    {
      "@context": "https://schema.org",
      "@type": "WebPage",
      "@id": url,
      url,
      name: page.title,
      dateModified: page.updatedAt,
      inLanguage: LANGUAGE_TAG[page.language],
      isPartOf: { "@type": "WebSite", "@id": absolute(site, "/#website"), name: site.name, url: absolute(site, "/") },
      publisher: organization(site),
    },
    breadcrumbJsonLd(site, pageCrumbs(page, site)),
  ];
}

function breadcrumbJsonLd(site: Site, crumbs: Crumb[]): JsonLd {
  return {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    itemListElement: crumbs.map((c, i) => ({ "@type": "ListItem", position: i + 1, name: c.name, item: absolute(site, c.path) })),
  };
}

export function homeJsonLd(site: Site): JsonLd[] {
  return [
    { "@context": "https://schema.org", ...organization(site) },
    {
      "@context": "https://schema.org",
      "@type": "WebSite",
      "@id": absolute(site, "/#website"),
      name: site.name,
      url: absolute(site, local(site, "/")),
      inLanguage: LANGUAGE_TAG[site.edition?.language ?? "ru"],
      publisher: { "@id": absolute(site, "/#organization") },
      potentialAction: {
        "@type": "SearchAction",
        target: { "@type": "EntryPoint", urlTemplate: `${absolute(site, local(site, paths.search()))}?q={search_term_string}` },
        "query-input": "required name=search_term_string",
      },
    },
  ];
}

/** JSON for a <script type="application/ld+json">: "<" escaped so no text can close the script. */
export function serializeJsonLd(data: JsonLd | JsonLd[]): string {
  return JSON.stringify(data).replace(/</g, "\\u003c");
}
