import { decodeEntities, escapeAttribute } from "./html-text";

const TAG_NAME = /^<([A-Za-z][^\t\n\f\r />]*)/;
const ATTRIBUTE = /([^\t\n\f\r "'>/=]+)(?:[\t\n\f\r ]*=[\t\n\f\r ]*(?:"([^"]*)"|'([^']*)'|([^\t\n\f\r "'=<>`]+)))?/g;

type Attribute = { name: string; value: string | undefined; start: number; end: number };

/** The lower-cased element name of an opening tag (`<img …>` → `img`), undefined for anything else. */
export function tagName(tag: string): string | undefined {
  return TAG_NAME.exec(tag)?.[1]?.toLowerCase();
}

function attributesOf(tag: string): Attribute[] {
  const name = TAG_NAME.exec(tag);
  if (!name) return [];
  const pattern = new RegExp(ATTRIBUTE.source, "g");
  pattern.lastIndex = name[0].length;
  const attributes: Attribute[] = [];
  let previousEnd = pattern.lastIndex;
  for (let match = pattern.exec(tag); match; match = pattern.exec(tag)) {
    if (tag.slice(previousEnd, match.index).includes(">")) break;
    previousEnd = pattern.lastIndex;
    attributes.push({ name: match[1]!.toLowerCase(), value: match[2] ?? match[3] ?? match[4], start: match.index, end: pattern.lastIndex });
  }
  return attributes;
}

/** An attribute's decoded value; an attribute without a value reads as "". */
export function getAttribute(tag: string, name: string): string | undefined {
  const attribute = attributesOf(tag).find((candidate) => candidate.name === name);
  return attribute === undefined ? undefined : decodeEntities(attribute.value ?? "");
}

/** Replaces an existing attribute's value in place; the rest of the tag is kept byte for byte. */
export function setAttribute(tag: string, name: string, value: string): string {
  const attribute = attributesOf(tag).find((candidate) => candidate.name === name);
  if (attribute === undefined) return tag;
  const written = tag.slice(attribute.start, attribute.start + attribute.name.length);
  return `${tag.slice(0, attribute.start)}${written}="${escapeAttribute(value)}"${tag.slice(attribute.end)}`;
}
