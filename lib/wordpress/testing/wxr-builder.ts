/** Small hand-made WordPress exports for tests: only the fields a test cares about, the rest as WordPress writes them. */

const cdata = (text: string) => `<![CDATA[${text.replaceAll("]]>", "]]]]><![CDATA[>")}]]>`;

export const TEST_SITE = "https://old.example.kz";

export function wxrDocument(items: string[], { site = TEST_SITE, head = "" } = {}): string {
  return `<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/"
	xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel>
	<title>Тестовый сайт</title>
	<link>${site}</link>
	<wp:wxr_version>1.2</wp:wxr_version>
	<wp:base_site_url>${site}</wp:base_site_url>
	<wp:author><wp:author_id>1</wp:author_id><wp:author_login>${cdata("editor")}</wp:author_login><wp:author_email>${cdata("editor@old.example.kz")}</wp:author_email><wp:author_display_name>${cdata("Редактор")}</wp:author_display_name></wp:author>
	<wp:category><wp:term_id>1</wp:term_id><wp:category_nicename>${cdata("news")}</wp:category_nicename><wp:category_parent>${cdata("")}</wp:category_parent><wp:cat_name>${cdata("Новости")}</wp:cat_name></wp:category>
${head}${items.join("\n")}
</channel>
</rss>
`;
}

export type CommentFields = { id: number; parent?: number; content?: string; approved?: string; type?: string };

export function commentXml({ id, parent = 0, content = `Комментарий ${id}`, approved = "1", type = "comment" }: CommentFields): string {
  return `<wp:comment><wp:comment_id>${id}</wp:comment_id><wp:comment_author>${cdata(`Читатель ${id}`)}</wp:comment_author><wp:comment_author_email>${cdata(`r${id}@mail.example`)}</wp:comment_author_email><wp:comment_author_IP>${cdata("203.0.113.1")}</wp:comment_author_IP><wp:comment_date_gmt>${cdata("2024-03-01 10:00:00")}</wp:comment_date_gmt><wp:comment_content>${cdata(content)}</wp:comment_content><wp:comment_approved>${cdata(approved)}</wp:comment_approved><wp:comment_type>${cdata(type)}</wp:comment_type><wp:comment_parent>${parent}</wp:comment_parent></wp:comment>`;
}

export type ItemFields = {
  id: number;
  title?: string;
  name?: string;
  type?: "post" | "page" | "attachment";
  status?: string;
  parent?: number;
  content?: string;
  excerpt?: string;
  link?: string;
  attachmentUrl?: string;
  meta?: Record<string, string>;
  categories?: string[];
  comments?: CommentFields[];
};

export function itemXml(f: ItemFields): string {
  const name = f.name ?? `post-${f.id}`;
  const meta = Object.entries(f.meta ?? {})
    .map(([key, value]) => `<wp:postmeta><wp:meta_key>${cdata(key)}</wp:meta_key><wp:meta_value>${cdata(value)}</wp:meta_value></wp:postmeta>`)
    .join("");
  const categories = (f.categories ?? ["news"]).map((slug) => `<category domain="category" nicename="${slug}">${cdata(slug)}</category>`).join("");
  return `<item><title>${cdata(f.title ?? `Запись ${f.id}`)}</title><link>${f.link ?? `${TEST_SITE}/2024/03/01/${name}/`}</link><dc:creator>${cdata("editor")}</dc:creator>
<content:encoded>${cdata(f.content ?? "")}</content:encoded><excerpt:encoded>${cdata(f.excerpt ?? "")}</excerpt:encoded>
<wp:post_id>${f.id}</wp:post_id><wp:post_date_gmt>${cdata("2024-03-01 09:00:00")}</wp:post_date_gmt><wp:post_name>${cdata(name)}</wp:post_name>
<wp:status>${cdata(f.status ?? (f.type === "attachment" ? "inherit" : "publish"))}</wp:status><wp:post_parent>${f.parent ?? 0}</wp:post_parent><wp:post_type>${cdata(f.type ?? "post")}</wp:post_type>
${f.attachmentUrl ? `<wp:attachment_url>${cdata(f.attachmentUrl)}</wp:attachment_url>` : ""}${f.type === "attachment" ? "" : categories}${meta}${(f.comments ?? []).map(commentXml).join("")}</item>`;
}
