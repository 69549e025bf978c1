/**
 * How the reader names and holds an export's elements. WordPress changed the `wp:` and `excerpt:`
 * namespace URIs with each WXR version (http://wordpress.org/export/1.0/ … /1.2/), so elements are
 * matched by local name within any of them, under the conventional prefix whatever prefix the file uses.
 */

const WORDPRESS_EXPORT = "http://wordpress.org/export/";
const CONTENT = "http://purl.org/rss/1.0/modules/content/";
const DUBLIN_CORE = "http://purl.org/dc/elements/1.1/";

/** `wp:post_id`, `excerpt:encoded`, `content:encoded`, `dc:creator`, RSS's plain `title`; null for other namespaces. */
export function wxrName(uri: string, local: string): string | null {
  if (uri === "") return local;
  if (uri.startsWith(WORDPRESS_EXPORT)) return uri.endsWith("/excerpt/") ? `excerpt:${local}` : `wp:${local}`;
  if (uri === CONTENT) return `content:${local}`;
  if (uri === DUBLIN_CORE) return `dc:${local}`;
  return null;
}

const CONVENTIONAL_PREFIXES = new Map([
  ["wp", `${WORDPRESS_EXPORT}1.2/`],
  ["excerpt", `${WORDPRESS_EXPORT}1.2/excerpt/`],
  ["content", CONTENT],
  ["dc", DUBLIN_CORE],
]);

/**
 * Plugins add elements with prefixes they never declare, which strict XML rejects; such a prefix
 * gets its conventional namespace, or a namespace of its own that the reader ignores. saxes asks
 * for the default namespace too: RSS elements have none.
 */
export function resolveUndeclaredPrefix(prefix: string): string | undefined {
  if (prefix === "") return undefined;
  return CONVENTIONAL_PREFIXES.get(prefix) ?? `urn:vestnik:wxr-undeclared:${prefix}`;
}

/** One element of the record being read; elements of unknown namespaces are not kept. */
export interface WxrElement {
  readonly name: string;
  /** Unprefixed attributes only: `domain`, `nicename`, `isPermaLink`. */
  readonly attributes: ReadonlyMap<string, string>;
  /** Text and CDATA directly inside the element, joined in document order. */
  text: string;
  readonly children: WxrElement[];
}

/** The text of the first child named `name`, "" when there is none. */
export function childText(element: WxrElement, name: string): string {
  return element.children.find((child) => child.name === name)?.text ?? "";
}

export function childrenNamed(element: WxrElement, name: string): WxrElement[] {
  return element.children.filter((child) => child.name === name);
}
