import { SaxesParser, type SaxesTagNS } from "saxes";
import { resolveUndeclaredPrefix, wxrName, type WxrElement } from "./wxr-element";
import { WxrFormatError, WxrSyntaxError } from "./wxr-errors";
import { isRecordElement, toRecord } from "./wxr-record-mappers";
import type { WxrRecord, WxrSite } from "./wxr-records";

const SITE_FIELDS = new Map<string, Exclude<keyof WxrSite, "kind">>([
  ["title", "title"],
  ["link", "link"],
  ["description", "description"],
  ["language", "language"],
  ["wp:wxr_version", "wxrVersion"],
  ["wp:base_site_url", "baseSiteUrl"],
  ["wp:base_blog_url", "baseBlogUrl"],
]);

const TRIMMED_SITE_FIELDS = new Set<keyof WxrSite>(["link", "language", "wxrVersion", "baseSiteUrl", "baseBlogUrl"]);

/**
 * Turns saxes events into records. Only the record being read (one author, term or item with its
 * comments and meta) is held; each is queued when its element closes and taken with `drain`.
 */
export class WxrRecordCollector {
  private readonly parser = new SaxesParser({ xmlns: true, resolvePrefix: resolveUndeclaredPrefix });
  private readonly queue: WxrRecord[] = [];
  /** Names of the open elements from the root down, null for elements of unknown namespaces. */
  private readonly path: (string | null)[] = [];
  /** The open elements of the record being read, its root first; null marks an ignored element. */
  private readonly open: (WxrElement | null)[] = [];
  private site: WxrSite | null = { kind: "site", title: "", link: "", description: "", language: "", wxrVersion: "", baseSiteUrl: "", baseBlogUrl: "" };
  private siteField: Exclude<keyof WxrSite, "kind"> | null = null;
  private siteText = "";
  private sawChannel = false;
  private failure: Error | null = null;

  constructor() {
    // After the first error saxes reads on; what it reports from there is not trusted.
    this.parser.on("opentag", (tag) => {
      if (this.failure === null) this.openTag(tag);
    });
    this.parser.on("closetag", () => {
      if (this.failure === null) this.closeTag();
    });
    this.parser.on("text", (text) => {
      if (this.failure === null) this.addText(text);
    });
    this.parser.on("cdata", (text) => {
      if (this.failure === null) this.addText(text);
    });
    this.parser.on("error", (error) => this.fail(error));
  }

  write(text: string): void {
    if (this.failure === null) this.parser.write(text);
  }

  close(): void {
    if (this.failure !== null) return;
    this.parser.close();
    if (this.failure === null && !this.sawChannel) this.failure = new WxrFormatError("WXR: в файле нет элемента <channel> — это не экспорт WordPress");
  }

  /** Takes the records completed so far, in document order. */
  drain(): WxrRecord[] {
    return this.queue.splice(0);
  }

  /** The first error met; records completed before it have been queued and are still worth taking. */
  throwIfFailed(): void {
    if (this.failure !== null) throw this.failure;
  }

  private fail(error: Error): void {
    if (this.failure !== null) return;
    // saxes prefixes its messages with "line:column: "; the position is restated in the user's language.
    const { line, column } = this.parser;
    const position = `${line}:${column}: `;
    const detail = error.message.startsWith(position) ? error.message.slice(position.length) : error.message;
    this.failure = new WxrSyntaxError(line, column, detail);
  }

  private openTag(tag: SaxesTagNS): void {
    const name = wxrName(tag.uri, tag.local);
    const depth = this.path.length;
    this.path.push(name);
    if (this.open.length > 0) {
      const parent = this.open[this.open.length - 1];
      const element = parent && name !== null ? newElement(name, tag) : null;
      if (parent && element) parent.children.push(element);
      this.open.push(element);
      return;
    }
    if (depth === 0 && name !== "rss") {
      this.failure = new WxrFormatError(`WXR: корневой элемент <${tag.name}> вместо <rss> — это не экспорт WordPress`);
    } else if (depth === 1 && name === "channel") {
      this.sawChannel = true;
    } else if (depth === 2 && this.path[1] === "channel" && name !== null) {
      if (isRecordElement(name)) {
        this.emitSite();
        this.open.push(newElement(name, tag));
      } else if (this.site !== null) {
        this.siteField = SITE_FIELDS.get(name) ?? null;
        this.siteText = "";
      }
    }
  }

  private closeTag(): void {
    const name = this.path.pop();
    if (this.open.length > 0) {
      const element = this.open.pop();
      if (this.open.length === 0 && element) this.queue.push(toRecord(element));
    } else if (this.path.length === 2 && this.siteField !== null && this.site !== null) {
      this.site[this.siteField] = TRIMMED_SITE_FIELDS.has(this.siteField) ? this.siteText.trim() : this.siteText;
      this.siteField = null;
    } else if (this.path.length === 1 && name === "channel") {
      this.emitSite();
    }
  }

  private addText(text: string): void {
    if (this.open.length > 0) {
      const element = this.open[this.open.length - 1];
      if (element) element.text += text;
    } else if (this.siteField !== null && this.path.length === 3) {
      this.siteText += text;
    }
  }

  /** The site comes first, before the first author, term or item; channel fields written after them are not read. */
  private emitSite(): void {
    if (this.site === null) return;
    this.queue.push(this.site);
    this.site = null;
    this.siteField = null;
  }
}

const NO_ATTRIBUTES: ReadonlyMap<string, string> = new Map();

function newElement(name: string, tag: SaxesTagNS): WxrElement {
  // Most elements have none: one shared empty map spares a map per element of a large export.
  let attributes: Map<string, string> | undefined;
  for (const key in tag.attributes) {
    const attribute = tag.attributes[key]!;
    if (attribute.prefix === "") (attributes ??= new Map()).set(attribute.local, attribute.value);
  }
  return { name, attributes: attributes ?? NO_ATTRIBUTES, text: "", children: [] };
}
