import { describe, expect, it } from "vitest";
import { looksSerialized, phpUnserialize, postmetaValue } from "./php-unserialize";

/** `_wp_attachment_metadata` as WordPress 6.4 stores it, with a Cyrillic caption counted in bytes. */
const ATTACHMENT_METADATA =
  'a:5:{s:5:"width";i:1200;s:6:"height";i:800;s:4:"file";s:21:"2024/03/ploshchad.jpg";s:5:"sizes";a:1:{s:9:"thumbnail";a:4:{s:4:"file";s:21:"ploshchad-150x150.jpg";s:5:"width";i:150;s:6:"height";i:150;s:9:"mime-type";s:10:"image/jpeg";}}s:10:"image_meta";a:4:{s:8:"aperture";s:3:"2.8";s:6:"credit";s:33:"Фото: пресс-служба";s:17:"created_timestamp";s:10:"1709280000";s:8:"keywords";a:0:{}}}';

describe("phpUnserialize", () => {
  it("reads scalars", () => {
    expect(phpUnserialize("N;")).toBeNull();
    expect(phpUnserialize("b:1;")).toBe(true);
    expect(phpUnserialize("b:0;")).toBe(false);
    expect(phpUnserialize("i:-42;")).toBe(-42);
    expect(phpUnserialize("i:+7;")).toBe(7);
    expect(phpUnserialize("d:0.1;")).toBe(0.1);
    expect(phpUnserialize("d:-1.5E+25;")).toBe(-1.5e25);
    expect(phpUnserialize("d:INF;")).toBe(Infinity);
    expect(phpUnserialize("d:-INF;")).toBe(-Infinity);
    expect(phpUnserialize("d:NAN;")).toBeNaN();
    expect(phpUnserialize('s:0:"";')).toBe("");
  });

  it("counts string lengths in UTF-8 bytes and keeps quotes, semicolons and backslashes inside", () => {
    expect(phpUnserialize('s:14:"Площадь";')).toBe("Площадь");
    expect(phpUnserialize('s:4:"😀";')).toBe("😀");
    expect(phpUnserialize('s:10:"a";b:"c\\\\d";')).toBe('a";b:"c\\\\d');
    expect(phpUnserialize('s:7:"Площадь";')).toBeNull();
  });

  it("reads lists as arrays and other arrays as records", () => {
    expect(phpUnserialize('a:2:{i:0;s:1:"a";i:1;s:1:"b";}')).toEqual(["a", "b"]);
    expect(phpUnserialize("a:0:{}")).toEqual([]);
    expect(phpUnserialize('a:2:{i:1;s:1:"a";i:0;s:1:"b";}')).toEqual({ 1: "a", 0: "b" });
    expect(phpUnserialize('a:3:{i:0;b:1;s:3:"key";N;i:-1;d:2.5;}')).toEqual({ 0: true, key: null, "-1": 2.5 });
  });

  it("reads nested attachment metadata", () => {
    expect(phpUnserialize(ATTACHMENT_METADATA)).toEqual({
      width: 1200,
      height: 800,
      file: "2024/03/ploshchad.jpg",
      sizes: { thumbnail: { file: "ploshchad-150x150.jpg", width: 150, height: 150, "mime-type": "image/jpeg" } },
      image_meta: { aperture: "2.8", credit: "Фото: пресс-служба", created_timestamp: "1709280000", keywords: [] },
    });
  });

  it("reads objects as plain records of their properties, dropping visibility markers", () => {
    const serialized = 'O:8:"stdClass":3:{s:6:"public";i:1;s:12:"\0*\0protected";i:2;s:16:"\0Exploit\0private";s:15:"process.exit(1)";}';
    expect(phpUnserialize(serialized)).toEqual({ public: 1, protected: 2, private: "process.exit(1)" });
  });

  it("keeps a `__proto__` key as an ordinary property", () => {
    const value = phpUnserialize('a:1:{s:9:"__proto__";a:1:{s:8:"polluted";b:1;}}');
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.keys(value as object)).toEqual(["__proto__"]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("returns null for malformed or unsupported input instead of throwing", () => {
    const malformed = [
      "",
      "x",
      "i:1",
      "i:1;junk",
      "i:1.5;",
      "b:2;",
      "d:1e;",
      's:10:"short";',
      's:5:"hello"',
      "a:1:{",
      "a:2:{i:0;i:1;}",
      'a:1:{d:1.5;s:1:"x";}',
      "a:-1:{}",
      'O:8:"stdClass":1:{}',
      "r:1;",
      "R:1;",
      'C:11:"ArrayObject":21:{x:i:0;a:0:{};m:a:0:{}}',
      'E:11:"Suit:Hearts";',
      `i:${"9".repeat(100)};`,
      "a:1:{i:0;".repeat(500) + "N;" + "}".repeat(500),
    ];
    for (const input of malformed) expect(phpUnserialize(input), input.slice(0, 40)).toBeNull();
  });
});

describe("postmetaValue", () => {
  it("unserializes what looks serialized and keeps everything else as text", () => {
    expect(postmetaValue("30")).toBe("30");
    expect(postmetaValue("")).toBe("");
    expect(postmetaValue("hello;")).toBe("hello;");
    expect(postmetaValue("i:5;")).toBe(5);
    expect(postmetaValue("N;")).toBeNull();
    expect(postmetaValue('\n a:1:{i:0;s:3:"one";} ')).toEqual(["one"]);
    expect(postmetaValue(ATTACHMENT_METADATA)).toMatchObject({ sizes: { thumbnail: { width: 150 } } });
  });

  it("keeps serialized text whose lengths no longer match, as a careless search-and-replace leaves it", () => {
    const broken = 'a:1:{s:3:"url";s:20:"https://new-domain.example/a.jpg";}';
    expect(postmetaValue(broken)).toBe(broken);
  });

  it("tells serialized-looking text apart", () => {
    expect(["N;", "b:1;", "i:0;", "a:0:{}", 's:1:"x";', 'O:1:"A":0:{}', "d:1.5;"].every(looksSerialized)).toBe(true);
    expect(["", "30", "a:b", "text;", "x:1;", "i:1"].some(looksSerialized)).toBe(false);
  });
});
