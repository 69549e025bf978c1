import { childrenNamed, childText, type WxrElement } from "./wxr-element";
import type { WxrAuthor, WxrCategory, WxrComment, WxrItem, WxrItemTerm, WxrMeta, WxrRecord, WxrTag, WxrTerm } from "./wxr-records";

/** Short machine values (ids, slugs, statuses, dates, URLs) lose surrounding whitespace; prose and content never do. */
function scalar(element: WxrElement, name: string): string {
  return childText(element, name).trim();
}

/** As PHP's (int) cast in WordPress's importer: 0 when absent or not a number. */
function integer(element: WxrElement, name: string): number {
  const value = Number.parseInt(scalar(element, name), 10);
  return Number.isNaN(value) ? 0 : value;
}

function metaList(element: WxrElement, name: string): WxrMeta[] {
  return childrenNamed(element, name).map((meta) => ({ key: childText(meta, "wp:meta_key"), value: childText(meta, "wp:meta_value") }));
}

function author(element: WxrElement): WxrAuthor {
  return {
    kind: "author",
    id: integer(element, "wp:author_id"),
    login: scalar(element, "wp:author_login"),
    email: scalar(element, "wp:author_email"),
    displayName: childText(element, "wp:author_display_name"),
    firstName: childText(element, "wp:author_first_name"),
    lastName: childText(element, "wp:author_last_name"),
  };
}

function category(element: WxrElement): WxrCategory {
  return {
    kind: "category",
    termId: integer(element, "wp:term_id"),
    slug: scalar(element, "wp:category_nicename"),
    parent: scalar(element, "wp:category_parent"),
    name: childText(element, "wp:cat_name"),
    description: childText(element, "wp:category_description"),
    meta: metaList(element, "wp:termmeta"),
  };
}

function tag(element: WxrElement): WxrTag {
  return {
    kind: "tag",
    termId: integer(element, "wp:term_id"),
    slug: scalar(element, "wp:tag_slug"),
    name: childText(element, "wp:tag_name"),
    description: childText(element, "wp:tag_description"),
    meta: metaList(element, "wp:termmeta"),
  };
}

function term(element: WxrElement): WxrTerm {
  return {
    kind: "term",
    termId: integer(element, "wp:term_id"),
    taxonomy: scalar(element, "wp:term_taxonomy"),
    slug: scalar(element, "wp:term_slug"),
    parent: scalar(element, "wp:term_parent"),
    name: childText(element, "wp:term_name"),
    description: childText(element, "wp:term_description"),
    meta: metaList(element, "wp:termmeta"),
  };
}

/**
 * WXR 1.0 lists each term twice, once as a bare `<category>` name and once with domain and
 * nicename; as in WordPress's importer, only the ones with a nicename are terms.
 */
function itemTerms(element: WxrElement): WxrItemTerm[] {
  return childrenNamed(element, "category").flatMap((reference) => {
    const nicename = reference.attributes.get("nicename");
    if (nicename === undefined) return [];
    const domain = reference.attributes.get("domain") ?? "category";
    return [{ domain: domain === "tag" ? "post_tag" : domain, nicename, name: reference.text }];
  });
}

function comment(element: WxrElement): WxrComment {
  return {
    id: integer(element, "wp:comment_id"),
    author: childText(element, "wp:comment_author"),
    authorEmail: scalar(element, "wp:comment_author_email"),
    authorUrl: scalar(element, "wp:comment_author_url"),
    authorIp: scalar(element, "wp:comment_author_IP"),
    date: scalar(element, "wp:comment_date"),
    dateGmt: scalar(element, "wp:comment_date_gmt"),
    content: childText(element, "wp:comment_content"),
    approved: scalar(element, "wp:comment_approved"),
    type: scalar(element, "wp:comment_type"),
    parent: integer(element, "wp:comment_parent"),
    userId: integer(element, "wp:comment_user_id"),
    meta: metaList(element, "wp:commentmeta"),
  };
}

function item(element: WxrElement): WxrItem {
  return {
    kind: "item",
    title: childText(element, "title"),
    link: scalar(element, "link"),
    pubDate: scalar(element, "pubDate"),
    creator: scalar(element, "dc:creator"),
    guid: scalar(element, "guid"),
    description: childText(element, "description"),
    content: childText(element, "content:encoded"),
    excerpt: childText(element, "excerpt:encoded"),
    postId: integer(element, "wp:post_id"),
    postDate: scalar(element, "wp:post_date"),
    postDateGmt: scalar(element, "wp:post_date_gmt"),
    postModified: scalar(element, "wp:post_modified"),
    postModifiedGmt: scalar(element, "wp:post_modified_gmt"),
    commentStatus: scalar(element, "wp:comment_status"),
    pingStatus: scalar(element, "wp:ping_status"),
    postName: scalar(element, "wp:post_name"),
    status: scalar(element, "wp:status"),
    postParent: integer(element, "wp:post_parent"),
    menuOrder: integer(element, "wp:menu_order"),
    postType: scalar(element, "wp:post_type"),
    postPassword: childText(element, "wp:post_password"),
    isSticky: scalar(element, "wp:is_sticky") === "1",
    attachmentUrl: scalar(element, "wp:attachment_url"),
    categories: itemTerms(element),
    postmeta: metaList(element, "wp:postmeta"),
    comments: childrenNamed(element, "wp:comment").map(comment),
  };
}

const MAPPERS = new Map<string, (element: WxrElement) => WxrRecord>([
  ["wp:author", author],
  ["wp:category", category],
  ["wp:tag", tag],
  ["wp:term", term],
  ["item", item],
]);

/** The channel children that are read whole into a record; everything else in the channel is a site field or ignored. */
export function isRecordElement(name: string): boolean {
  return MAPPERS.has(name);
}

export function toRecord(element: WxrElement): WxrRecord {
  const mapper = MAPPERS.get(element.name);
  if (mapper === undefined) throw new Error(`No WXR record is read from <${element.name}>`);
  return mapper(element);
}
