import { describe, expect, it } from "vitest";
import { findShortcodeNames, parseShortcodeAttributes, shortcodeRegex } from "./shortcode-syntax";

const groups = (content: string, names: string[]) => [...content.matchAll(shortcodeRegex(names))].map((match) => match.slice(1));
const onlyGroups = (content: string, names: string[]) => {
  const all = groups(content, names);
  expect(all).toHaveLength(1);
  return all[0];
};

describe("shortcodeRegex", () => {
  it("captures escaping brackets, name, attributes, self-closing slash and enclosed content", () => {
    expect(onlyGroups('[gallery ids="1,2"]', ["gallery"])).toEqual(["", "gallery", ' ids="1,2"', undefined, undefined, ""]);
    expect(onlyGroups("[embed]https://youtu.be/x[/embed]", ["embed"])).toEqual(["", "embed", "", undefined, "https://youtu.be/x", ""]);
    expect(onlyGroups('[contact-form id="2" /]', ["contact-form"])).toEqual(["", "contact-form", ' id="2" ', "/", undefined, ""]);
    expect(onlyGroups("[[caption]]", ["caption"])).toEqual(["[", "caption", "", undefined, undefined, "]"]);
  });

  it("matches a name only as a whole word and stops at the first closing tag", () => {
    expect(groups("[captions][caption-x]", ["caption"])).toEqual([]);
    expect(groups("[b]один[/b] и [b]два[/b]", ["b"]).map((match) => match[4])).toEqual(["один", "два"]);
  });
});

describe("parseShortcodeAttributes", () => {
  it("reads double-quoted, single-quoted, unquoted and positional attributes", () => {
    const { named, positional } = parseShortcodeAttributes(` id="attachment_5" Align='aligncenter' width=640 "первый" 'второй' bare`);
    expect(Object.fromEntries(named)).toEqual({ id: "attachment_5", align: "aligncenter", width: "640" });
    expect(positional).toEqual(["первый", "второй", "bare"]);
  });

  it("keeps backslashes and non-ASCII text as written, and reads a no-break space as a space", () => {
    expect(parseShortcodeAttributes(' caption="Путь C:\\новый\\файл" \u00a0title="Заголовок"').named).toEqual(
      new Map([
        ["caption", "Путь C:\\новый\\файл"],
        ["title", "Заголовок"],
      ]),
    );
  });

  it("empties a value that opens an HTML element it never closes", () => {
    expect(parseShortcodeAttributes(' caption="<a href=x" title="<b>ok</b>"').named).toEqual(
      new Map([
        ["caption", ""],
        ["title", "<b>ok</b>"],
      ]),
    );
  });
});

describe("findShortcodeNames", () => {
  const known = new Set(["caption", "gallery"]);

  it("finds handled names, and others only where they are used like shortcodes", () => {
    const content = '[caption]x[/caption] [vc_row][/vc_row] [contact-form-7 id="5"] [divider /] [sic] [1] [Обновлено] [toc]';
    expect(findShortcodeNames(content, known)).toEqual(["caption", "vc_row", "contact-form-7", "divider"]);
  });
});
