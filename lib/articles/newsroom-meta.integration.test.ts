import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseTargets } from "@/tests/support/database-targets";
import { formData as form } from "@/tests/support/form-data";
import { actAs, createStaff } from "@/tests/support/staff";
import { buildWorld } from "@/tests/support/world";
import type { Database } from "@/lib/db/open";
import { IDLE } from "@/lib/actions/result";
import { listenForChanges } from "@/lib/cache/change-listener";
import { readBreaking } from "@/lib/breaking/read-breaking";
import { listBreaking } from "@/lib/breaking/newsroom-reads";
import { setBreakingAction } from "@/app/admin/breaking/actions";
import { saveArticleAction } from "@/app/admin/articles/_editor/actions";
import { updateProfileAction } from "@/app/admin/profile/actions";
import { getAuthorBySlug } from "@/lib/taxonomy/reads";
import { personJsonLd } from "@/lib/seo/person-json-ld";
import { articleMetadata } from "@/lib/seo/metadata";
import { sitemapPartXml } from "@/lib/seo/sitemap-documents";
import { getArchivePage, getArticleBySlug } from "./reads";
import { articleInput } from "./article-input";
import { saveArticle } from "./save-article";

const settle = () => new Promise((r) => setTimeout(r, 200));

for (const target of databaseTargets()) {
  const available = await target.available();
  describe.skipIf(!available)(`«Срочно», SEO fields and authors on ${target.name}`, () => {
    let database: Database;
    let world: Awaited<ReturnType<typeof buildWorld>>;
    let staff: Record<"editor" | "author" | "contributor", Awaited<ReturnType<typeof createStaff>>>;
    const heard: string[] = [];
    let stop: () => Promise<void>;

    const publishedBy = async (authorId: number, slug: string) =>
      database.prisma.article.create({
        data: {
          title: `Статья ${slug}`,
          slug,
          lead: `Лид ${slug}`,
          bodyHtml: "<p>Текст</p>",
          categoryId: world.society.id,
          authorId,
          status: "PUBLISHED",
          publishedAt: new Date(Date.now() - 60_000),
        },
      });
    const slugOf = async (id: number) => (await database.prisma.user.findUniqueOrThrow({ where: { id } })).slug;
    const articleForm = (id: number, fields: Record<string, string>) =>
      form({
        id: String(id),
        title: "Статья с полями",
        slug: "",
        categoryId: String(world.society.id),
        bodyHtml: "<p>Текст</p>",
        intent: "publish",
        ...fields,
      });

    beforeAll(async () => {
      database = await target.open();
      world = await buildWorld(database.prisma, 3);
      staff = {
        editor: await createStaff(database.prisma, "EDITOR", "-meta"),
        author: await createStaff(database.prisma, "AUTHOR", "-meta"),
        contributor: await createStaff(database.prisma, "CONTRIBUTOR", "-meta"),
      };
      stop = await listenForChanges(database, async (tags) => void heard.push(...tags), { batchMs: 20, minRetryMs: 50 });
    });
    afterAll(async () => {
      await stop?.();
      await target.close();
    });

    it("puts an article in «Срочно» for an hour, until a typed time, and takes it off, expiring the ticker each time", async () => {
      const own = await publishedBy(staff.author.id, "srochno-svoya");
      actAs(staff.author);
      await settle();
      heard.length = 0;

      const before = Date.now();
      const set = await setBreakingAction(IDLE, form({ articleId: String(own.id), choice: "1h" }));
      expect(set).toMatchObject({ ok: true, message: "«Срочно» сохранено." });
      const stored = await database.prisma.article.findUniqueOrThrow({ where: { id: own.id } });
      expect(stored.breakingUntil!.getTime() - before).toBeGreaterThanOrEqual(3_600_000 - 1000);
      expect(stored.breakingUntil!.getTime() - before).toBeLessThanOrEqual(3_600_000 + 5000);
      expect((await readBreaking(database.prisma)).map((b) => b.id)).toContain(own.id);
      await settle();
      expect(heard).toContain("breaking");

      const rows = await listBreaking(staff.author);
      expect(rows.find((r) => r.id === own.id)).toMatchObject({ inTicker: true, canChange: true });

      const past = await setBreakingAction(IDLE, form({ articleId: String(own.id), choice: "until", until: "2020-01-01T10:00" }));
      expect(past).toMatchObject({ ok: false, message: "Это время уже прошло: укажите время в будущем." });
      const typed = await setBreakingAction(IDLE, form({ articleId: String(own.id), choice: "until", until: "2099-05-01T18:30" }));
      expect(typed).toMatchObject({ ok: true, untilLocal: "2099-05-01T18:30" });
      // 18:30 in Almaty (UTC+5).
      expect((await database.prisma.article.findUniqueOrThrow({ where: { id: own.id } })).breakingUntil?.toISOString()).toBe("2099-05-01T13:30:00.000Z");

      heard.length = 0;
      const cleared = await setBreakingAction(IDLE, form({ articleId: String(own.id), choice: "clear" }));
      expect(cleared).toMatchObject({ ok: true, message: "Статья убрана из «Срочно».", untilLocal: "" });
      expect((await database.prisma.article.findUniqueOrThrow({ where: { id: own.id } })).breakingUntil).toBeNull();
      expect((await readBreaking(database.prisma)).map((b) => b.id)).not.toContain(own.id);
      await settle();
      expect(heard).toContain("breaking");
    });

    it("lets only those who may publish the article mark it «Срочно»", async () => {
      const editors = await publishedBy(staff.editor.id, "srochno-redaktora");
      const contributors = await database.prisma.article.create({
        data: { title: "Черновик участника", slug: "srochno-uchastnika", bodyHtml: "<p>1</p>", categoryId: world.society.id, authorId: staff.contributor.id },
      });
      actAs(staff.author);
      expect(await setBreakingAction(IDLE, form({ articleId: String(editors.id), choice: "3h" }))).toMatchObject({ ok: false });
      actAs(staff.contributor);
      expect(await setBreakingAction(IDLE, form({ articleId: String(contributors.id), choice: "3h" }))).toMatchObject({
        ok: false,
        message: "Отмечать «Срочно» может только тот, кто может опубликовать статью.",
      });
      actAs(staff.editor);
      expect(await setBreakingAction(IDLE, form({ articleId: String(contributors.id), choice: "end-of-day" }))).toMatchObject({ ok: true });
      const untilDb = (await database.prisma.article.findUniqueOrThrow({ where: { id: contributors.id } })).breakingUntil!;
      expect(new Intl.DateTimeFormat("ru-RU", { timeZone: "Asia/Almaty", hour: "2-digit", minute: "2-digit" }).format(untilDb)).toBe("23:59");
      expect((await database.prisma.article.findMany({ where: { breakingUntil: { not: null }, id: editors.id } })).length).toBe(0);
    });

    it("validates the SEO fields and shows them in the page's metadata; noindexed articles leave the sitemap", async () => {
      const article = await publishedBy(staff.author.id, "seo-statya");
      actAs(staff.author);
      const bad = await saveArticleAction(IDLE, articleForm(article.id, { slug: "seo-statya", canonicalUrl: "ftp://example.kz/x" }));
      expect(bad.ok).toBe(false);
      expect(bad.fieldErrors?.canonicalUrl).toEqual(["Канонический адрес должен быть полным адресом, начинающимся с http:// или https://."]);
      const relative = await saveArticleAction(IDLE, articleForm(article.id, { slug: "seo-statya", canonicalUrl: "/seo-statya" }));
      expect(relative.fieldErrors?.canonicalUrl).toHaveLength(1);
      const missingImage = await saveArticleAction(IDLE, articleForm(article.id, { slug: "seo-statya", socialImageId: "999999" }));
      expect(missingImage.fieldErrors?.socialImageId).toEqual(["Изображение не найдено."]);

      const image = await database.prisma.media.create({
        data: { key: "seo-card", mime: "image/webp", width: 1600, height: 900, widths: [480, 1280], alt: "Карточка" },
      });
      const saved = await saveArticleAction(
        IDLE,
        articleForm(article.id, {
          slug: "seo-statya",
          seoTitle: "SEO-заголовок статьи",
          seoDescription: "Описание для поисковиков",
          socialImageId: String(image.id),
          canonicalUrl: "https://original.example.kz/news/1",
        }),
      );
      expect(saved).toMatchObject({ ok: true });
      const full = (await getArticleBySlug("ru", "seo-statya"))!;
      const meta = articleMetadata(full);
      expect(meta.title).toEqual({ absolute: "SEO-заголовок статьи" });
      expect(meta.description).toBe("Описание для поисковиков");
      expect(meta.openGraph).toMatchObject({
        title: "SEO-заголовок статьи",
        description: "Описание для поисковиков",
        images: [{ url: "/media/seo-card/1280.jpg" }],
      });
      expect(meta.twitter).toMatchObject({ title: "SEO-заголовок статьи" });
      expect(meta.alternates?.canonical).toBe("https://original.example.kz/news/1");
      expect(meta.robots).toBeUndefined();
      expect(await sitemapPartXml({ kind: "articles", part: 1 })).toContain("/seo-statya");

      heard.length = 0;
      expect(await saveArticleAction(IDLE, articleForm(article.id, { slug: "seo-statya", noindex: "on" }))).toMatchObject({ ok: true });
      const hidden = (await getArticleBySlug("ru", "seo-statya"))!;
      expect(articleMetadata(hidden)).toMatchObject({ title: "Статья с полями", description: "Статья с полями", robots: { index: false } });
      expect(articleMetadata(hidden).alternates?.canonical).toBe("/seo-statya");
      expect(await sitemapPartXml({ kind: "articles", part: 1 })).not.toContain("/seo-statya");
      await settle();
      expect(heard, "the sitemaps are cached as lists").toContain("lists");
    });

    it("lets only editors name the author and co-authors; co-authored articles are in every co-author's archive", async () => {
      const input = (fields: Record<string, string | string[]>) =>
        articleInput.parse({
          title: "Совместная статья",
          slug: "",
          categoryId: String(world.society.id),
          bodyHtml: "<p>Текст</p>",
          intent: "publish",
          ...fields,
        });
      const refused = await saveArticle(staff.contributor, input({ intent: "pending", authorId: String(world.anna.id) }));
      expect(refused).toMatchObject({ ok: false, errors: { authorId: ["Выбирать автора и соавторов может только редактор."] } });
      const refusedCo = await saveArticle(staff.author, input({ coAuthorIds: String(world.erlan.id) }));
      expect(refusedCo).toMatchObject({ ok: false, errors: { coAuthorIds: ["Выбирать автора и соавторов может только редактор."] } });
      const ownOnly = await saveArticle(staff.contributor, input({ intent: "pending", authorId: String(staff.contributor.id) }));
      expect(ownOnly).toMatchObject({ ok: true });

      const disabled = await database.prisma.user.create({ data: { name: "Уволен", slug: "uvolen", email: "uvolen@example.kz", disabledAt: new Date() } });
      expect(await saveArticle(staff.editor, input({ authorId: String(disabled.id) }))).toMatchObject({
        ok: false,
        errors: { authorId: ["Такого сотрудника нет или он отключён."] },
      });

      const saved = await saveArticle(
        staff.editor,
        input({ slug: "sovmestnaya", authorId: String(world.anna.id), coAuthorIds: [String(world.erlan.id), String(staff.author.id)] }),
      );
      expect(saved).toMatchObject({ ok: true });
      const stored = await database.prisma.article.findUniqueOrThrow({
        where: { slug: "sovmestnaya" },
        include: { coAuthors: { orderBy: { position: "asc" } } },
      });
      expect(stored.authorId).toBe(world.anna.id);
      expect(stored.coAuthors.map((c) => c.userId)).toEqual([world.erlan.id, staff.author.id]);

      const authorSlug = await slugOf(staff.author.id);
      const full = (await getArticleBySlug("ru", "sovmestnaya"))!;
      expect(full.authors.map((a) => a.slug)).toEqual(["anna-kim", "erlan-akhmetov", authorSlug]);
      const coAuthorArchive = (await getArchivePage("ru", "author", authorSlug, 1))!;
      expect(coAuthorArchive.items.map((a) => a.slug)).toContain("sovmestnaya");
      expect((await getArchivePage("ru", "author", "erlan-akhmetov", 1))!.items.map((a) => a.slug)).toContain("sovmestnaya");
      expect((await getArchivePage("ru", "author", "anna-kim", 1))!.items.map((a) => a.slug)).toContain("sovmestnaya");

      heard.length = 0;
      const removed = await saveArticle(staff.editor, { ...input({ slug: "sovmestnaya", coAuthorIds: "" }), id: stored.id });
      expect(removed).toMatchObject({ ok: true });
      expect((await getArchivePage("ru", "author", "erlan-akhmetov", 1))!.items.map((a) => a.slug)).not.toContain("sovmestnaya");
      await settle();
      expect(heard).toEqual(expect.arrayContaining([`article:${stored.id}`, "lists"]));
    });

    it("saves a staff member's name, bio and photo, shown on their archive with Person structured data", async () => {
      const photo = await database.prisma.media.create({
        data: { key: "portret", mime: "image/webp", width: 800, height: 800, widths: [160, 480, 800], alt: "" },
      });
      actAs(staff.author);
      expect(await updateProfileAction(IDLE, form({ name: "", bio: "", jobTitle: "", avatarId: "" }))).toMatchObject({
        ok: false,
        fieldErrors: { name: ["Введите имя."] },
      });
      heard.length = 0;
      const saved = await updateProfileAction(
        IDLE,
        form({ name: "Айгерим Сатпаева", jobTitle: "Корреспондент", bio: "Пишет о городе с 2015 года.", avatarId: String(photo.id) }),
      );
      expect(saved).toEqual({ ok: true, message: "Профиль сохранён." });
      const authorSlug = await slugOf(staff.author.id);
      const author = (await getAuthorBySlug(authorSlug))!;
      expect(author).toMatchObject({ name: "Айгерим Сатпаева", jobTitle: "Корреспондент", bio: "Пишет о городе с 2015 года.", avatar: { key: "portret" } });
      expect(personJsonLd("https://v.example", author, (key, width) => `/media/${key}/${width}.webp`)).toMatchObject({
        "@type": "Person",
        name: "Айгерим Сатпаева",
        url: `https://v.example/author/${authorSlug}`,
        image: "https://v.example/media/portret/480.webp",
        description: "Пишет о городе с 2015 года.",
        jobTitle: "Корреспондент",
      });
      await settle();
      expect(heard).toContain("site");
    });
  });
}
