/**
 * The records a WordPress export (WXR) is read into, one per channel-level element. Field values are
 * the export's text: ids and counters become numbers (0 where WordPress writes nothing), dates stay
 * as WordPress wrote them ("2024-03-01 09:30:00", "0000-00-00 00:00:00" for never), and content is
 * kept byte for byte.
 */

/** Known values are listed for completion; exports from plugins may carry others. */
type Open<Known extends string> = Known | (string & {});

export interface WxrSite {
  kind: "site";
  title: string;
  /** `<channel><link>`: the site's home URL. */
  link: string;
  description: string;
  language: string;
  /** "1.0", "1.1" or "1.2"; empty in exports older than WXR. */
  wxrVersion: string;
  baseSiteUrl: string;
  baseBlogUrl: string;
}

export interface WxrAuthor {
  kind: "author";
  id: number;
  login: string;
  email: string;
  displayName: string;
  firstName: string;
  lastName: string;
}

export interface WxrMeta {
  key: string;
  /** As exported; PHP-serialized values are read with `postmetaValue` from php-unserialize.ts. */
  value: string;
}

export interface WxrCategory {
  kind: "category";
  termId: number;
  slug: string;
  /** The parent category's slug, "" for a top-level category. */
  parent: string;
  name: string;
  description: string;
  meta: WxrMeta[];
}

export interface WxrTag {
  kind: "tag";
  termId: number;
  slug: string;
  name: string;
  description: string;
  meta: WxrMeta[];
}

/** A term of a taxonomy other than category and post_tag (nav_menu, post_format, a plugin's own). */
export interface WxrTerm {
  kind: "term";
  termId: number;
  taxonomy: string;
  slug: string;
  /** The parent term's slug, "" for none. */
  parent: string;
  name: string;
  description: string;
  meta: WxrMeta[];
}

/** An item's `<category domain nicename>`: a reference to a category, tag or other term by slug. */
export interface WxrItemTerm {
  /** WXR 1.0's "tag" is reported as "post_tag", the taxonomy it names. */
  domain: Open<"category" | "post_tag">;
  nicename: string;
  name: string;
}

export interface WxrComment {
  id: number;
  author: string;
  authorEmail: string;
  authorUrl: string;
  authorIp: string;
  date: string;
  dateGmt: string;
  content: string;
  approved: Open<"1" | "0" | "spam" | "trash">;
  /** "" in exports before WordPress 5.5, which write "comment" for ordinary comments. */
  type: Open<"" | "comment" | "pingback" | "trackback">;
  /** The id of the comment this one replies to, 0 for none. */
  parent: number;
  /** The commenter's user id, 0 for a guest. */
  userId: number;
  meta: WxrMeta[];
}

export interface WxrItem {
  kind: "item";
  title: string;
  link: string;
  pubDate: string;
  /** `dc:creator`: the author's login. */
  creator: string;
  guid: string;
  description: string;
  /** `content:encoded`, untrimmed. */
  content: string;
  /** `excerpt:encoded`, untrimmed. */
  excerpt: string;
  postId: number;
  postDate: string;
  postDateGmt: string;
  postModified: string;
  postModifiedGmt: string;
  commentStatus: string;
  pingStatus: string;
  postName: string;
  status: Open<"publish" | "future" | "draft" | "pending" | "private" | "trash" | "inherit" | "auto-draft">;
  /** The parent item's post id, 0 for none. */
  postParent: number;
  menuOrder: number;
  postType: Open<"post" | "page" | "attachment" | "nav_menu_item" | "revision">;
  postPassword: string;
  isSticky: boolean;
  /** The file's URL, for attachments only. */
  attachmentUrl: string;
  categories: WxrItemTerm[];
  postmeta: WxrMeta[];
  comments: WxrComment[];
}

export type WxrRecord = WxrSite | WxrAuthor | WxrCategory | WxrTag | WxrTerm | WxrItem;
