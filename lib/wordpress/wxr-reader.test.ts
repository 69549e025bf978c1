import { createReadStream } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { postmetaValue } from "./php-unserialize";
import { readWxr, WxrFormatError, WxrSyntaxError, type WxrInput, type WxrItem, type WxrRecord } from "./wxr-reader";

const fixture = (name: string) => path.join(import.meta.dirname, "fixtures", name);

async function readAll(input: WxrInput): Promise<WxrRecord[]> {
  const records: WxrRecord[] = [];
  for await (const record of readWxr(input)) records.push(record);
  return records;
}

function ofKind<K extends WxrRecord["kind"]>(records: WxrRecord[], kind: K): Extract<WxrRecord, { kind: K }>[] {
  return records.filter((record): record is Extract<WxrRecord, { kind: K }> => record.kind === kind);
}

function itemById(records: WxrRecord[], postId: number): WxrItem {
  const item = ofKind(records, "item").find((candidate) => candidate.postId === postId);
  if (!item) throw new Error(`no item ${postId}`);
  return item;
}

function metaOf(item: WxrItem, key: string): string | undefined {
  return item.postmeta.find((meta) => meta.key === key)?.value;
}

async function* inParts(text: string, size: number): AsyncGenerator<string> {
  for (let start = 0; start < text.length; start += size) yield text.slice(start, start + size);
}

describe("readWxr: a WXR 1.2 export", async () => {
  const records = await readAll(createReadStream(fixture("small-export.xml")));

  it("yields the site first, then authors, terms and items in file order", () => {
    const order = records.map((record) => record.kind).filter((kind, index, kinds) => kinds[index - 1] !== kind);
    expect(order).toEqual(["site", "author", "category", "tag", "term", "item"]);
    expect(records[0]).toEqual({
      kind: "site",
      title: "Городской вестник",
      link: "https://vestnik.example",
      description: "Новости города & области",
      language: "ru-RU",
      wxrVersion: "1.2",
      baseSiteUrl: "https://vestnik.example",
      baseBlogUrl: "https://vestnik.example",
    });
  });

  it("reads the authors", () => {
    const authors = ofKind(records, "author");
    expect(authors.map((author) => [author.id, author.login, author.email])).toEqual([
      [1, "admin", "admin@vestnik.example"],
      [2, "editor", "editor@vestnik.example"],
      [3, "ivan", "ivan@vestnik.example"],
    ]);
    expect(authors[1]).toMatchObject({ displayName: "Мария Редакторова", firstName: "Мария", lastName: "Редакторова" });
    expect(authors[0]).toMatchObject({ displayName: "Администратор", firstName: "", lastName: "" });
  });

  it("reads the category hierarchy with descriptions and term meta", () => {
    const categories = ofKind(records, "category");
    expect(categories).toHaveLength(28);
    expect(categories.find((category) => category.slug === "foo-bar")).toEqual({
      kind: "category",
      termId: 3,
      slug: "foo-bar",
      parent: "bar",
      name: "Foo Bar",
      description: "",
      meta: [{ key: "color", value: "#c00" }],
    });
    expect(categories.find((category) => category.slug === "bar")).toMatchObject({ termId: 2, parent: "", description: "Рубрика верхнего уровня" });
    expect(categories.find((category) => category.termId === 28)).toMatchObject({ slug: "%d0%bd%d0%be%d0%b2%d0%be%d1%81%d1%82%d0%b8", name: "Новости" });
  });

  it("reads tags and terms of other taxonomies", () => {
    expect(ofKind(records, "tag")).toEqual([
      { kind: "tag", termId: 40, slug: "clippable", name: "Clippable", description: "Можно вырезать", meta: [] },
      { kind: "tag", termId: 41, slug: "tag1", name: "Tag 1", description: "", meta: [] },
      { kind: "tag", termId: 42, slug: "%d0%b2%d1%8b%d0%b1%d0%be%d1%80%d1%8b", name: "выборы", description: "", meta: [] },
    ]);
    expect(ofKind(records, "term")).toEqual([
      { kind: "term", termId: 50, taxonomy: "nav_menu", slug: "main-menu", parent: "", name: "Главное меню", description: "", meta: [] },
    ]);
  });

  it("reads posts of every status, the sticky one and the password-protected one", () => {
    const posts = ofKind(records, "item").filter((item) => item.postType === "post");
    expect(posts.map((post) => [post.postId, post.status, post.creator])).toEqual([
      [1, "publish", "admin"],
      [10, "future", "editor"],
      [11, "draft", "ivan"],
      [12, "pending", "ivan"],
      [13, "private", "admin"],
      [14, "publish", "admin"],
      [15, "publish", "admin"],
      [16, "publish", "editor"],
      [17, "publish", "ivan"],
    ]);
    expect(posts.filter((post) => post.isSticky).map((post) => post.postId)).toEqual([14]);
    expect(itemById(records, 15).postPassword).toBe("секрет 2024");
    expect(itemById(records, 10)).toMatchObject({ postDate: "2030-01-01 09:00:00", postDateGmt: "2030-01-01 06:00:00", postName: "future-post" });
    expect(itemById(records, 11)).toMatchObject({ postDateGmt: "0000-00-00 00:00:00", postName: "", title: "Черновик" });
  });

  it("reads the item's fields", () => {
    expect(itemById(records, 1)).toMatchObject({
      title: "Hello world!",
      link: "https://vestnik.example/2024/03/01/hello-world/",
      pubDate: "Fri, 01 Mar 2024 09:30:00 +0000",
      guid: "https://vestnik.example/?p=1",
      description: "",
      content: "<!-- wp:paragraph -->\n<p>Добро пожаловать в WordPress.</p>\n<!-- /wp:paragraph -->",
      excerpt: "",
      postDate: "2024-03-01 12:30:00",
      postDateGmt: "2024-03-01 09:30:00",
      postModified: "2024-03-02 08:00:00",
      postModifiedGmt: "2024-03-02 05:00:00",
      commentStatus: "open",
      pingStatus: "open",
      postName: "hello-world",
      postParent: 0,
      menuOrder: 0,
      attachmentUrl: "",
      categories: [{ domain: "category", nicename: "uncategorized", name: "Без рубрики" }],
    });
  });

  it("keeps content exactly: backslashes, quotes, blank lines, leading and trailing whitespace", () => {
    const square = itemById(records, 17);
    expect(square.content).toBe(
      "\n\n<p>Путь: C:\\Users\\editor\\новости\\ и сетевой \\\\server\\share.</p>\n\n" +
        '<p>Экранирование: it\\\'s "quoted" \\n — не перевод строки; слэши /a//b/.</p>\n\n\n<p>Выше две пустые строки.</p>\n  ',
    );
    expect(square.excerpt).toBe("Коротко: площадь открыта.");
  });

  it("reads a post in 27 categories and its tag", () => {
    const terms = itemById(records, 16).categories;
    const categories = terms.filter((term) => term.domain === "category");
    expect(categories).toHaveLength(27);
    expect(categories.slice(0, 4)).toEqual([
      { domain: "category", nicename: "bar", name: "Bar" },
      { domain: "category", nicename: "foo-bar", name: "Foo Bar" },
      { domain: "category", nicename: "uncategorized", name: "Без рубрики" },
      { domain: "category", nicename: "alpha", name: "Alpha" },
    ]);
    expect(categories.at(-1)).toEqual({ domain: "category", nicename: "omega", name: "Omega" });
    expect(terms.filter((term) => term.domain === "post_tag")).toEqual([{ domain: "post_tag", nicename: "tag1", name: "Tag 1" }]);
    const known = new Set(ofKind(records, "category").map((category) => category.slug));
    expect(categories.every((category) => known.has(category.nicename))).toBe(true);
  });

  it("reads comments: a threaded reply, a pingback, spam and trash with their meta", () => {
    const comments = itemById(records, 1).comments;
    expect(comments.map((comment) => [comment.id, comment.type, comment.approved, comment.parent, comment.userId])).toEqual([
      [1, "comment", "1", 0, 0],
      [2, "comment", "1", 1, 1],
      [3, "pingback", "1", 0, 0],
      [4, "comment", "spam", 0, 0],
      [5, "comment", "trash", 0, 0],
    ]);
    expect(comments[0]).toEqual({
      id: 1,
      author: "Читатель",
      authorEmail: "reader@example.org",
      authorUrl: "https://reader.example.org",
      authorIp: "192.0.2.10",
      date: "2024-03-01 13:00:00",
      dateGmt: "2024-03-01 10:00:00",
      content: "Первый абзац.\n\nВторой абзац после пустой строки.",
      approved: "1",
      type: "comment",
      parent: 0,
      userId: 0,
      meta: [],
    });
    expect(comments[1]).toMatchObject({ author: "Администратор", authorIp: "2001:db8::1", authorUrl: "", content: "Спасибо! Ответ в ветке." });
    expect(comments[2]).toMatchObject({ author: "Другой блог &raquo; Запись о нас", content: "[&#8230;] как пишет Вестник [&#8230;]" });
    expect(comments[3]!.meta).toEqual([{ key: "akismet_result", value: "true" }]);
    expect(comments[4]!.meta).toEqual([
      { key: "_wp_trash_meta_status", value: "0" },
      { key: "_wp_trash_meta_time", value: "1709359200" },
    ]);
  });

  it("reads pages with their statuses, parent and menu order", () => {
    const pages = ofKind(records, "item").filter((item) => item.postType === "page");
    expect(pages.map((page) => [page.postId, page.status, page.postParent, page.menuOrder, page.postName])).toEqual([
      [2, "publish", 0, 0, "about"],
      [20, "publish", 2, 3, "contacts"],
      [21, "private", 2, 1, "internal"],
      [22, "draft", 0, 0, ""],
    ]);
    expect(metaOf(pages[0]!, "_wp_page_template")).toBe("default");
    expect(pages[1]!.guid).toBe("https://vestnik.example/?page_id=20");
  });

  it("reads the attachment, its serialized metadata and the thumbnail that points to it", () => {
    const attachment = itemById(records, 30);
    expect(attachment).toMatchObject({
      postType: "attachment",
      status: "inherit",
      postParent: 17,
      attachmentUrl: "https://vestnik.example/wp-content/uploads/2024/03/ploshchad.jpg",
      excerpt: "Фото: пресс-служба",
    });
    expect(metaOf(attachment, "_wp_attached_file")).toBe("2024/03/ploshchad.jpg");
    expect(postmetaValue(metaOf(attachment, "_wp_attachment_metadata")!)).toMatchObject({
      width: 1200,
      height: 800,
      file: "2024/03/ploshchad.jpg",
      sizes: { thumbnail: { file: "ploshchad-150x150.jpg", width: 150, height: 150, "mime-type": "image/jpeg" }, medium: { width: 300 } },
      image_meta: { credit: "Фото: пресс-служба", title: "Площадь", keywords: [] },
    });

    const square = itemById(records, 17);
    expect(Number(postmetaValue(metaOf(square, "_thumbnail_id")!))).toBe(attachment.postId);
    expect(postmetaValue(metaOf(square, "_yoast_wpseo_primary_category")!)).toBe("28");
    expect(postmetaValue(metaOf(square, "rubrics_order")!)).toEqual(["Главное", "Город"]);
  });

  it("reads nav menu items and ignores unknown elements and namespaces", () => {
    const menuItem = itemById(records, 40);
    expect(menuItem).toMatchObject({ postType: "nav_menu_item", title: "", menuOrder: 1 });
    expect(menuItem.categories).toEqual([{ domain: "nav_menu", nicename: "main-menu", name: "Главное меню" }]);
    expect(postmetaValue(metaOf(menuItem, "_menu_item_classes")!)).toEqual([""]);
    const square = itemById(records, 17);
    expect(square.postmeta.map((meta) => meta.key)).toEqual(["_thumbnail_id", "_yoast_wpseo_primary_category", "_edit_last", "rubrics_order"]);
    expect(JSON.stringify(square)).not.toContain("ignored");
    expect(ofKind(records, "item")).toHaveLength(15);
  });

  it("reads the same records whatever the chunk boundaries, including inside multi-byte characters", async () => {
    const bytes = await readFile(fixture("small-export.xml"));
    async function* sevenBytesAtATime() {
      for (let start = 0; start < bytes.length; start += 7) yield bytes.subarray(start, start + 7);
    }
    expect(await readAll(sevenBytesAtATime())).toEqual(records);
    expect(await readAll(inParts(bytes.toString("utf8"), 5))).toEqual(records);
  });
});

describe("readWxr: older and unusual exports", () => {
  it("reads WXR 1.0: its namespace, duplicated term lists and the `tag` domain", async () => {
    const records = await readAll(createReadStream(fixture("wxr-1.0.xml")));
    expect(records[0]).toMatchObject({ kind: "site", title: "Old Blog", wxrVersion: "1.0", baseBlogUrl: "http://old.example" });
    expect(ofKind(records, "category")).toEqual([{ kind: "category", termId: 0, slug: "foo", parent: "", name: "Foo", description: "", meta: [] }]);
    expect(ofKind(records, "tag")).toEqual([{ kind: "tag", termId: 0, slug: "bar", name: "Bar", description: "", meta: [] }]);
    const [item] = ofKind(records, "item");
    expect(item).toMatchObject({ postId: 7, title: "Old post", content: "Old content", excerpt: "Old excerpt", creator: "admin", isSticky: false });
    expect(item!.categories).toEqual([
      { domain: "category", nicename: "foo", name: "Foo" },
      { domain: "post_tag", nicename: "bar", name: "Bar" },
    ]);
    expect(item!.comments).toEqual([
      expect.objectContaining({ id: 3, author: "Someone", authorEmail: "someone@example.org", type: "", approved: "1", content: "Nice." }),
    ]);
  });

  it("reads WXR 1.1: authors without ids, a post_format term", async () => {
    const records = await readAll(createReadStream(fixture("wxr-1.1.xml")));
    expect(records.map((record) => record.kind)).toEqual(["site", "author", "category", "tag", "term", "item"]);
    expect(records[0]).toMatchObject({ wxrVersion: "1.1", title: "Blog 1.1" });
    expect(records[1]).toEqual({
      kind: "author",
      id: 0,
      login: "john",
      email: "john@blog11.example",
      displayName: "John Doe",
      firstName: "John",
      lastName: "Doe",
    });
    expect(records[4]).toMatchObject({ kind: "term", termId: 5, taxonomy: "post_format", slug: "post-format-aside", name: "Aside" });
    expect(records[5]).toMatchObject({
      kind: "item",
      postId: 9,
      isSticky: true,
      content: "A short aside.",
      postmeta: [{ key: "_edit_last", value: "1" }],
      categories: [
        { domain: "category", nicename: "news", name: "News" },
        { domain: "post_tag", nicename: "city", name: "City" },
        { domain: "post_format", nicename: "post-format-aside", name: "Aside" },
      ],
    });
  });

  it("joins split CDATA back into `]]>` and concatenates text with CDATA", async () => {
    const [, item] = await readAll(createReadStream(fixture("cdata-split.xml")));
    expect(item).toMatchObject({
      kind: "item",
      postId: 1,
      title: "Fish & <chips> <3",
      content: "<script>if (a[b[0]]> 1) {}</script>\n]]>]]>",
      excerpt: "text then cdata then text",
      postmeta: [{ key: "code", value: "x]]>y" }],
    });
  });

  it("matches WordPress elements by namespace, not prefix, and tolerates undeclared prefixes", async () => {
    const xml = `<rss xmlns:w="http://wordpress.org/export/1.2/" xmlns:body="http://purl.org/rss/1.0/modules/content/"><channel>
      <w:wxr_version>1.2</w:wxr_version>
      <item><w:post_id>5</w:post_id><body:encoded>Текст</body:encoded><dc:creator>anna</dc:creator><plugin:extra a:b="c">x</plugin:extra><w:status>publish</w:status></item>
      </channel></rss>`;
    const records = await readAll(inParts(xml, 1000));
    expect(records[0]).toMatchObject({ kind: "site", wxrVersion: "1.2" });
    expect(records[1]).toMatchObject({ kind: "item", postId: 5, content: "Текст", creator: "anna", status: "publish" });
  });

  it("decodes an export in the encoding its declaration names (windows-1251)", async () => {
    const xml = `<?xml version="1.0" encoding="windows-1251"?>\n<rss xmlns:wp="http://wordpress.org/export/1.0/"><channel><title>Вестник</title><item><title>Ёлка на площади</title></item></channel></rss>`;
    const windows1251 = Uint8Array.from(xml, (char) => {
      const code = char.charCodeAt(0);
      if (char === "Ё") return 0xa8;
      if (char === "ё") return 0xb8;
      return code >= 0x410 && code <= 0x44f ? code - 0x410 + 0xc0 : code;
    });
    async function* fewBytes() {
      for (let start = 0; start < windows1251.length; start += 3) yield windows1251.subarray(start, start + 3);
    }
    const records = await readAll(fewBytes());
    expect(records).toEqual([expect.objectContaining({ kind: "site", title: "Вестник" }), expect.objectContaining({ kind: "item", title: "Ёлка на площади" })]);
  });
});

describe("readWxr: files that are not exports", () => {
  it("rejects malformed XML with its line and column, after the records before the fault", async () => {
    const seen: WxrRecord[] = [];
    const failure = await (async () => {
      for await (const record of readWxr(createReadStream(fixture("malformed.xml")))) seen.push(record);
    })().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(WxrSyntaxError);
    expect(failure).toMatchObject({ line: 12, column: 27 });
    expect((failure as Error).message).toBe("WXR: неверный XML в строке 12, столбце 27: unexpected close tag.");
    expect(seen.map((record) => (record.kind === "item" ? record.title : record.kind))).toEqual(["site", "Good item"]);
  });

  it("rejects a truncated export", async () => {
    const xml = await readFile(fixture("wxr-1.1.xml"), "utf8");
    await expect(readAll(inParts(xml.slice(0, xml.indexOf("</item>")), 100))).rejects.toThrow(/^WXR: неверный XML в строке \d+, столбце \d+: unclosed tag: /);
  });

  it("rejects XML that is not an export", async () => {
    await expect(readAll(inParts("<html><body><item>x</item></body></html>", 10))).rejects.toThrow(WxrFormatError);
    await expect(readAll(inParts("<rss><item>x</item></rss>", 10))).rejects.toThrow("WXR: в файле нет элемента <channel> — это не экспорт WordPress");
    await expect(readAll(inParts("", 10))).rejects.toThrow(WxrSyntaxError);
  });
});
