import { paths, RESERVED_SLUGS } from "@/lib/paths";
import { slugify } from "@/lib/slug";
import { redirectKey } from "./normalize";

/** What the rules may consult, all held in memory: the Redirect table's rows and the site's categories. */
export type AddressBook = {
  /** The Redirect table's target for a key (lib/redirects/normalize.ts). */
  target(key: string): string | undefined;
  /** Slugs of the site's categories. */
  readonly categories: ReadonlySet<string>;
};

/** `/feed/rss2/` and the like: WordPress serves every feed in these formats. */
const FEED_FORMATS = new Set(["rss2", "rss", "atom", "rdf"]);
/** Feed files of old WordPress versions, still answered by new ones. */
const FEED_FILES = new Set(["wp-rss2.php", "wp-rss.php", "wp-atom.php", "wp-rdf.php", "wp-commentsrss2.php"]);
const PAGE_NUMBER = /^[1-9][0-9]{0,5}$/;

type Address = {
  /** Decoded, case kept: a target equal to it would send the request to itself. */
  path: string;
  /** Its segments as typed, and lower-cased for matching. */
  typed: string[];
  segments: string[];
  search: string;
};

type Suffix = { base: number; feed: boolean; page: number | null };

function decode(path: string): string | null {
  try {
    return decodeURIComponent(path);
  } catch {
    return null;
  }
}

function parse(url: string): Address | null {
  const question = url.indexOf("?");
  const decoded = decode(question === -1 ? url : url.slice(0, question));
  if (decoded === null || !decoded.startsWith("/") || decoded.length > 2000) return null;
  const typed = decoded.split("/").filter(Boolean);
  return { path: decoded, typed, segments: typed.map((s) => s.toLowerCase()), search: question === -1 ? "" : url.slice(question + 1) };
}

/** `…/feed/`, `…/feed/<format>/` or `…/page/<n>/` at the end, and how many segments come before it. */
function suffixOf(segments: string[]): Suffix {
  const n = segments.length;
  if (segments[n - 1] === "feed") return { base: n - 1, feed: true, page: null };
  if (segments[n - 2] === "feed" && FEED_FORMATS.has(segments[n - 1]!)) return { base: n - 2, feed: true, page: null };
  if (segments[n - 2] === "page" && PAGE_NUMBER.test(segments[n - 1]!)) return { base: n - 2, feed: false, page: Number(segments[n - 1]) };
  return { base: n, feed: false, page: null };
}

/** The slug in a table target like `/category/<slug>`, or null. */
function slugIn(target: string | undefined, section: string): string | null {
  const match = target === undefined ? null : new RegExp(`^/${section}/([^/?#]+)$`).exec(target);
  return match ? decode(match[1]!) : null;
}

/**
 * The category a WordPress category path names: the table's row for its whole path (the importer
 * writes one per imported category), else its last segment when that is a category's slug, as
 * typed or transliterated (a Cyrillic WordPress slug). Null when there is no such category.
 */
function categoryOf(path: string[], book: AddressBook): string | null {
  const listed = slugIn(book.target(`/category/${path.join("/")}`), "category");
  if (listed !== null) return listed;
  const leaf = path.at(-1) ?? "";
  if (book.categories.has(leaf)) return leaf;
  const transliterated = slugify(leaf);
  return book.categories.has(transliterated) ? transliterated : null;
}

/** A tag's or an author's slug: renamed by the table (the importer's rows), else as typed. */
function renamed(section: "tag" | "author", slug: string, book: AddressBook): string {
  return slugIn(book.target(`/${section}/${slug}`), section) ?? slug;
}

const seg = encodeURIComponent;

/** `/?feed=rss2`, `/?cat=5&feed=rss2`: the category's feed when the id is known, else the site's. */
function queryFeed(search: string, book: AddressBook): string | null {
  if (!new URLSearchParams(search).has("feed")) return null;
  const key = redirectKey(`/?${search}`);
  const category = key?.startsWith("/?cat=") ? slugIn(book.target(key), "category") : null;
  return paths.feed(category === null ? undefined : seg(category));
}

function feedTarget(base: string[], book: AddressBook): string | null {
  const [first] = base;
  if (first === undefined || (first === "comments" && base.length === 1)) return paths.feed();
  if ((first === "tag" || first === "author") && base.length === 2) return paths.feed();
  if (first === "category" && base.length >= 2) {
    const category = categoryOf(base.slice(1), book);
    return paths.feed(category === null ? undefined : seg(category));
  }
  if (RESERVED_SLUGS.has(first)) return null;
  // A category path without WordPress's category base, or a post's comments feed.
  const category = categoryOf(base, book);
  return paths.feed(category === null ? undefined : seg(category));
}

/**
 * An archive's address: `page` is null for its first page as typed without `/page/1`. Null when
 * the request is already the app's own route for it (`/tag/<slug>/page/<n>`): the app answers.
 */
function archiveTarget(base: string[], typed: string[], page: number | null, book: AddressBook): string | null {
  const [first, second] = base;
  if (first === undefined) return page === null ? null : paths.home();
  if ((first === "tag" || first === "author") && second !== undefined && base.length === 2) {
    // The table's rows rename the archive itself (the importer writes one per renamed slug).
    if (page === null) return null;
    const slug = renamed(first, second, book);
    if (slug === typed[1]) return null;
    return first === "tag" ? paths.tag(seg(slug), page) : paths.author(seg(slug), page);
  }
  if (first === "category" && base.length >= 2) {
    const category = categoryOf(base.slice(1), book);
    if (category === null || (base.length === 2 && category === typed[1])) return null;
    return paths.category(seg(category), page ?? 1);
  }
  if (page === null || RESERVED_SLUGS.has(first)) return null;
  const category = categoryOf(base, book);
  return category === null ? null : paths.category(seg(category), page);
}

/**
 * Where an old WordPress address that follows one of WordPress's patterns now lives: feeds
 * (`/feed/`, `/?feed=rss2`, a category's, tag's or author's feed, `/comments/feed/`), paged
 * archives (`/page/2/`, `/category/<path>/page/2/`, `/tag/<slug>/page/2/`), nested category
 * paths, tag and author pages under renamed slugs, Cyrillic slugs percent-encoded in either case, with or without
 * the trailing slash, whatever the query. Null for anything else: the app answers it.
 */
export function oldAddressTarget(url: string, book: AddressBook): string | null {
  const address = parse(url);
  if (address === null) return null;
  const target = ruleTarget(address, book);
  return target === null || decode(target) === address.path ? null : target;
}

function ruleTarget({ typed, segments, search }: Address, book: AddressBook): string | null {
  if (segments.length === 0) return search ? queryFeed(search, book) : null;
  if (segments.length === 1 && FEED_FILES.has(segments[0]!)) return paths.feed();
  // The site's own category feeds live at /feed/<slug>.
  if (segments[0] === "feed" && segments.length === 2 && book.categories.has(segments[1]!)) return null;
  const suffix = suffixOf(segments);
  const base = segments.slice(0, suffix.base);
  if (suffix.feed) return feedTarget(base, book);
  return archiveTarget(base, typed, suffix.page, book);
}
