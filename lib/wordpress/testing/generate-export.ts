import { createWriteStream } from "node:fs";
import { once } from "node:events";

/**
 * A made-up but realistic WordPress export (WXR 1.2) of any size, for the memory test and the
 * import benchmark: Cyrillic titles and percent-encoded Cyrillic slugs, a category hierarchy,
 * tags, classic and block-editor bodies with captioned images, threaded comments (some deeper
 * than the site's threads, some spam, pingbacks), attachments as covers, pages and menu items.
 * The same options always give the same file.
 */
export type ExportShape = {
  posts: number;
  comments: number;
  /** One attachment (a cover, also shown in the body) for every this many posts; 0 for none. */
  attachmentEvery?: number;
  /** Paragraphs per post body, about 250 bytes each. */
  paragraphs?: number;
  seed?: number;
};

export const GENERATED_SITE = "https://old.example.kz";

const WORDS = (
  "акимат область город район школа больница дорога ремонт мост парк площадь фестиваль концерт выставка музей театр " +
  "спорт футбол турнир чемпионат победа команда тренер полиция пожар спасатели погода снег мороз весна урожай фермер " +
  "зерно элеватор завод предприятие рабочие зарплата бюджет налоги депутаты маслихат сессия решение жители двор " +
  "отопление теплотрасса водопровод автобус маршрут вокзал аэропорт рейс туризм озеро река Иртыш Павлодар Экибастуз " +
  "Аксу Баянаул Өскемен Семей Қазақстан волонтёры студенты учителя врачи пенсионеры дети молодёжь выборы конкурс"
).split(" ");

const CATEGORY_NAMES = [
  "Новости",
  "Общество",
  "Экономика",
  "Политика",
  "Спорт",
  "Культура",
  "Происшествия",
  "Образование",
  "Здоровье",
  "Город",
  "Регион",
  "Мнения",
];
const AUTHORS = ["editor", "aigerim", "sergey", "dana", "marat", "olga", "nurlan", "irina"];

/** mulberry32: small, fast and the same everywhere. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function cdata(text: string): string {
  return `<![CDATA[${text.replaceAll("]]>", "]]]]><![CDATA[>")}]]>`;
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

function wpDate(date: Date): string {
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`;
}

class Writer {
  readonly next: () => number;

  constructor(seed: number) {
    this.next = random(seed);
  }

  int(below: number): number {
    return Math.floor(this.next() * below);
  }

  pick<T>(list: readonly T[]): T {
    return list[this.int(list.length)]!;
  }

  words(count: number): string {
    return Array.from({ length: count }, () => this.pick(WORDS)).join(" ");
  }

  sentence(count: number): string {
    const text = this.words(count);
    return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
  }
}

type Term = { slug: string; name: string };

function categories(): (Term & { termId: number; parent: string })[] {
  const top = CATEGORY_NAMES.map((name, i) => ({ termId: i + 1, slug: encodeURIComponent(name.toLowerCase()).toLowerCase(), name, parent: "" }));
  const children = top.slice(0, 6).map((parent, i) => ({
    termId: top.length + i + 1,
    slug: `${parent.slug}-region-${i + 1}`,
    name: `${parent.name}: район ${i + 1}`,
    parent: parent.slug,
  }));
  return [...top, ...children];
}

function tags(w: Writer): Term[] {
  const seen = new Set<string>();
  const list: Term[] = [];
  while (list.length < 300) {
    const name = `${w.pick(WORDS)} ${w.pick(WORDS)}`;
    if (seen.has(name)) continue;
    seen.add(name);
    list.push({ name, slug: `tag-${list.length + 1}` });
  }
  return list;
}

function header(): string {
  return `<?xml version="1.0" encoding="UTF-8" ?>
<!-- generator="WordPress/6.4.3" (generated for Vestnik's tests) -->
<rss version="2.0"
	xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
	xmlns:content="http://purl.org/rss/1.0/modules/content/"
	xmlns:wfw="http://wellformedweb.org/CommentAPI/"
	xmlns:dc="http://purl.org/dc/elements/1.1/"
	xmlns:wp="http://wordpress.org/export/1.2/"
>
<channel>
	<title>Старый региональный сайт</title>
	<link>${GENERATED_SITE}</link>
	<description>Новости области</description>
	<language>ru-RU</language>
	<wp:wxr_version>1.2</wp:wxr_version>
	<wp:base_site_url>${GENERATED_SITE}</wp:base_site_url>
	<wp:base_blog_url>${GENERATED_SITE}</wp:base_blog_url>
`;
}

function authorXml(login: string, i: number): string {
  return `	<wp:author><wp:author_id>${i + 1}</wp:author_id><wp:author_login>${cdata(login)}</wp:author_login><wp:author_email>${cdata(`${login}@old.example.kz`)}</wp:author_email><wp:author_display_name>${cdata(`Автор ${login}`)}</wp:author_display_name><wp:author_first_name>${cdata("")}</wp:author_first_name><wp:author_last_name>${cdata("")}</wp:author_last_name></wp:author>\n`;
}

function categoryXml(c: ReturnType<typeof categories>[number]): string {
  return `	<wp:category><wp:term_id>${c.termId}</wp:term_id><wp:category_nicename>${cdata(c.slug)}</wp:category_nicename><wp:category_parent>${cdata(c.parent)}</wp:category_parent><wp:cat_name>${cdata(c.name)}</wp:cat_name></wp:category>\n`;
}

function tagXml(t: Term, termId: number): string {
  return `	<wp:tag><wp:term_id>${termId}</wp:term_id><wp:tag_slug>${cdata(t.slug)}</wp:tag_slug><wp:tag_name>${cdata(t.name)}</wp:tag_name></wp:tag>\n`;
}

type ItemFields = {
  id: number;
  title: string;
  link: string;
  date: Date;
  author: string;
  content: string;
  excerpt: string;
  name: string;
  status: string;
  parent: number;
  type: string;
  sticky?: boolean;
  extra?: string;
};

function itemXml(f: ItemFields): string {
  return `	<item>
		<title>${cdata(f.title)}</title>
		<link>${f.link}</link>
		<pubDate>${f.date.toUTCString().replace("GMT", "+0000")}</pubDate>
		<dc:creator>${cdata(f.author)}</dc:creator>
		<guid isPermaLink="false">${GENERATED_SITE}/?p=${f.id}</guid>
		<description></description>
		<content:encoded>${cdata(f.content)}</content:encoded>
		<excerpt:encoded>${cdata(f.excerpt)}</excerpt:encoded>
		<wp:post_id>${f.id}</wp:post_id>
		<wp:post_date>${cdata(wpDate(new Date(f.date.getTime() + 5 * 3600_000)))}</wp:post_date>
		<wp:post_date_gmt>${cdata(wpDate(f.date))}</wp:post_date_gmt>
		<wp:comment_status>${cdata("open")}</wp:comment_status>
		<wp:ping_status>${cdata("open")}</wp:ping_status>
		<wp:post_name>${cdata(f.name)}</wp:post_name>
		<wp:status>${cdata(f.status)}</wp:status>
		<wp:post_parent>${f.parent}</wp:post_parent>
		<wp:menu_order>0</wp:menu_order>
		<wp:post_type>${cdata(f.type)}</wp:post_type>
		<wp:post_password>${cdata("")}</wp:post_password>
		<wp:is_sticky>${f.sticky ? 1 : 0}</wp:is_sticky>
${f.extra ?? ""}	</item>
`;
}

function meta(key: string, value: string): string {
  return `		<wp:postmeta><wp:meta_key>${cdata(key)}</wp:meta_key><wp:meta_value>${cdata(value)}</wp:meta_value></wp:postmeta>\n`;
}

const STATUSES = ["publish", "publish", "publish", "publish", "publish", "publish", "publish", "publish", "draft", "pending", "future", "private", "trash"];
const APPROVALS = ["1", "1", "1", "1", "1", "1", "0", "spam", "trash"];

/** An upload's path under wp-content/uploads for attachment `id`. */
export function generatedUploadPath(id: number, date: Date): string {
  return `${date.getUTCFullYear()}/${pad(date.getUTCMonth() + 1)}/foto-${id}.jpg`;
}

/** The export as text, chunk by chunk (one record each), never whole in memory. */
export async function* generateWxr(shape: ExportShape): AsyncGenerator<string, void, undefined> {
  const w = new Writer(shape.seed ?? 1);
  const attachmentEvery = shape.attachmentEvery ?? 8;
  const paragraphs = shape.paragraphs ?? 6;
  const cats = categories();
  const tagList = tags(w);
  yield header();
  yield AUTHORS.map(authorXml).join("");
  yield cats.map(categoryXml).join("");
  yield tagList.map((t, i) => tagXml(t, 100 + i)).join("");

  let nextId = 1000;
  let commentId = 1;
  let commentsLeft = shape.comments;
  const start = Date.UTC(2016, 0, 1);
  const span = Date.UTC(2024, 11, 31) - start;
  for (let n = 0; n < shape.posts; n++) {
    const id = nextId++;
    const date = new Date(start + Math.floor((span * n) / Math.max(1, shape.posts)));
    const title = `${w.sentence(4 + w.int(6)).slice(0, -1)} — ${n + 1}`;
    const encodedName = w.int(3) === 0 ? encodeURIComponent(title.toLowerCase().replaceAll(" ", "-").replaceAll("—", "")).toLowerCase() : `post-${id}`;
    const name = encodedName.slice(0, 190).replace(/%[0-9a-f]?$/, "");
    const link = `${GENERATED_SITE}/${date.getUTCFullYear()}/${pad(date.getUTCMonth() + 1)}/${pad(date.getUTCDate())}/${name}/`;
    const attachmentId = attachmentEvery > 0 && n % attachmentEvery === 0 ? nextId++ : 0;
    const upload = attachmentId ? generatedUploadPath(attachmentId, date) : "";
    const blocks = w.int(2) === 0;
    const body: string[] = [];
    for (let p = 0; p < paragraphs; p++) {
      const text = Array.from({ length: 2 + w.int(3) }, () => w.sentence(6 + w.int(8))).join(" ");
      body.push(blocks ? `<!-- wp:paragraph -->\n<p>${text}</p>\n<!-- /wp:paragraph -->` : text);
      if (p === 1 && upload) {
        const src = `${GENERATED_SITE}/wp-content/uploads/${upload.replace(/\.jpg$/, "-300x200.jpg")}`;
        body.push(
          blocks
            ? `<!-- wp:image {"id":${attachmentId},"sizeSlug":"medium"} -->\n<figure class="wp-block-image size-medium"><img src="${src}" alt="" class="wp-image-${attachmentId}"/><figcaption>Фото: ${w.words(2)}</figcaption></figure>\n<!-- /wp:image -->`
            : `[caption id="attachment_${attachmentId}" align="aligncenter" width="300"]<img class="size-medium wp-image-${attachmentId}" src="${src}" alt="" width="300" height="200" /> ${w.sentence(3)}[/caption]`,
        );
      }
    }
    const status = w.pick(STATUSES);
    const postCats = [cats[w.int(cats.length)]!, ...(w.int(3) === 0 ? [cats[w.int(cats.length)]!] : [])];
    const postTags = Array.from({ length: w.int(5) }, () => w.pick(tagList));
    let extra = postCats.map((c) => `		<category domain="category" nicename="${c.slug}">${cdata(c.name)}</category>\n`).join("");
    extra += postTags.map((t) => `		<category domain="post_tag" nicename="${t.slug}">${cdata(t.name)}</category>\n`).join("");
    if (attachmentId) extra += meta("_thumbnail_id", String(attachmentId));
    if (postCats.length > 1) extra += meta("_yoast_wpseo_primary_category", String(postCats[1]!.termId));
    extra += meta("_edit_last", "1");

    const postsLeft = shape.posts - n;
    const count = postsLeft === 1 ? commentsLeft : Math.min(commentsLeft, Math.round(((commentsLeft / postsLeft) * 2 * w.next()) | 0));
    commentsLeft -= count;
    const inPost: number[] = [];
    for (let c = 0; c < count; c++) {
      const cid = commentId++;
      // Replies to the latest comment make deep threads; to any earlier one, wide threads.
      const parent = inPost.length > 0 && w.int(5) < 2 ? (w.int(2) === 0 ? inPost.at(-1)! : w.pick(inPost)) : 0;
      inPost.push(cid);
      const pingback = w.int(60) === 0;
      const reader = `reader${w.int(5000)}`;
      const cdate = new Date(date.getTime() + (c + 1) * 600_000);
      extra += `		<wp:comment>
			<wp:comment_id>${cid}</wp:comment_id>
			<wp:comment_author>${cdata(pingback ? "Другой сайт » запись" : `Читатель ${reader.slice(6)}`)}</wp:comment_author>
			<wp:comment_author_email>${cdata(pingback ? "" : `${reader}@mail.example`)}</wp:comment_author_email>
			<wp:comment_author_url>${pingback ? "https://other.example/post/" : ""}</wp:comment_author_url>
			<wp:comment_author_IP>${cdata(`203.0.113.${w.int(250)}`)}</wp:comment_author_IP>
			<wp:comment_date>${cdata(wpDate(new Date(cdate.getTime() + 5 * 3600_000)))}</wp:comment_date>
			<wp:comment_date_gmt>${cdata(wpDate(cdate))}</wp:comment_date_gmt>
			<wp:comment_content>${cdata(`${w.sentence(5 + w.int(15))}\n\n${w.sentence(4 + w.int(8))}`)}</wp:comment_content>
			<wp:comment_approved>${cdata(w.pick(APPROVALS))}</wp:comment_approved>
			<wp:comment_type>${cdata(pingback ? "pingback" : "comment")}</wp:comment_type>
			<wp:comment_parent>${parent}</wp:comment_parent>
			<wp:comment_user_id>0</wp:comment_user_id>
		</wp:comment>
`;
    }
    const post = itemXml({
      id,
      title,
      link,
      date,
      author: w.pick(AUTHORS),
      content: body.join("\n\n"),
      excerpt: w.int(3) === 0 ? w.sentence(10) : "",
      name: status === "draft" || status === "pending" ? "" : name,
      status,
      parent: 0,
      type: "post",
      sticky: w.int(200) === 0,
      extra,
    });
    const attachment = attachmentId
      ? itemXml({
          id: attachmentId,
          title: `foto-${attachmentId}`,
          link: `${link}foto-${attachmentId}/`,
          date,
          author: "editor",
          content: "",
          excerpt: `Фото: ${w.words(2)}`,
          name: `foto-${attachmentId}`,
          status: "inherit",
          parent: id,
          type: "attachment",
          extra:
            `		<wp:attachment_url>${cdata(`${GENERATED_SITE}/wp-content/uploads/${upload}`)}</wp:attachment_url>\n` +
            meta("_wp_attached_file", upload) +
            meta("_wp_attachment_image_alt", w.sentence(3)),
        })
      : "";
    // WordPress lists items by id; an attachment uploaded later than its post comes after it.
    yield w.int(2) === 0 ? post + attachment : attachment + post;
  }
  for (let p = 0; p < 5; p++) {
    const id = nextId++;
    yield itemXml({
      id,
      title: `Страница ${p + 1}`,
      link: `${GENERATED_SITE}/stranitsa-${p + 1}/`,
      date: new Date(start),
      author: "editor",
      content: `<p>${w.sentence(12)}</p>`,
      excerpt: "",
      name: `stranitsa-${p + 1}`,
      status: "publish",
      parent: 0,
      type: "page",
    });
  }
  yield itemXml({
    id: nextId++,
    title: "",
    link: `${GENERATED_SITE}/?p=${nextId}`,
    date: new Date(start),
    author: "editor",
    content: "",
    excerpt: "",
    name: String(nextId),
    status: "publish",
    parent: 0,
    type: "nav_menu_item",
    extra: meta("_menu_item_type", "custom"),
  });
  yield "</channel>\n</rss>\n";
}

/** Writes the export to `file`; resolves to its size in bytes. */
export async function writeGeneratedExport(file: string, shape: ExportShape): Promise<number> {
  const out = createWriteStream(file);
  for await (const chunk of generateWxr(shape)) {
    if (!out.write(chunk)) await once(out, "drain");
  }
  out.end();
  await once(out, "finish");
  return out.bytesWritten;
}
