import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { databaseTargets } from "@/tests/support/database-targets";
import { buildWorld } from "@/tests/support/world";
import type { CommentInput } from "./input";
import { DISALLOWED_KEYS_SETTING, MODERATION_KEYS_SETTING } from "./settings";
import { submitComment, type SubmitContext } from "./submit";

for (const target of databaseTargets()) {
  const available = await target.available();
  describe.skipIf(!available)(`comment rules on ${target.name}`, () => {
    let prisma: PrismaClient;
    let articleId: number;
    let hiddenIds: number[];
    let clock = Date.parse("2026-11-28T10:00:00Z");

    const context = (over: Partial<SubmitContext> = {}): SubmitContext => ({
      ip: "10.1.0.1",
      userAgent: "Mozilla/5.0",
      now: new Date(clock),
      botReason: null,
      ...over,
    });
    const input = (over: Partial<CommentInput> = {}): CommentInput => ({
      content: "Хорошая новость для города.",
      authorName: "Айгуль",
      authorEmail: "aigul@example.kz",
      authorUrl: "",
      articleId,
      parentId: null,
      ...over,
    });
    /** Moves time on past the flood interval, so each test's posts are judged on their own. */
    const later = () => (clock += 60_000);

    beforeAll(async () => {
      prisma = (await target.open()).prisma;
      await buildWorld(prisma, 3);
      articleId = (await prisma.article.findUniqueOrThrow({ where: { slug: "pub-1" } })).id;
      hiddenIds = (await prisma.article.findMany({ where: { slug: { in: ["draft", "scheduled", "future"] } } })).map((a) => a.id);
      clock = Date.now();
    });
    afterAll(() => target.close());
    beforeEach(() => void later());

    it("holds a first-time commenter, then publishes the same email once one is approved", async () => {
      const first = await submitComment(prisma, input({ authorEmail: "New@Example.kz" }), context());
      expect(first.ok && first.value.status).toBe("PENDING");
      const stored = await prisma.comment.findUniqueOrThrow({ where: { id: first.ok ? first.value.id : 0 } });
      expect(stored.authorEmail).toBe("new@example.kz");
      expect(stored.authorIp).toBe("10.1.0.1");
      await prisma.comment.update({ where: { id: stored.id }, data: { status: "APPROVED" } });
      later();
      const second = await submitComment(prisma, input({ authorEmail: "new@example.kz", content: "И ещё одно мнение." }), context());
      expect(second.ok && second.value.status).toBe("APPROVED");
    });

    it("holds a comment with two links and one matching a moderation key; spams a disallowed key", async () => {
      await prisma.comment.create({
        data: { articleId, authorName: "Ерлан", authorEmail: "erlan.reader@example.kz", content: "старый", contentHtml: "<p>старый</p>", status: "APPROVED" },
      });
      const known = { authorName: "Ерлан", authorEmail: "erlan.reader@example.kz" };
      const links = await submitComment(prisma, input({ ...known, content: "см. https://a.kz и https://b.kz" }), context({ ip: "10.1.0.2" }));
      expect(links.ok && links.value.status).toBe("PENDING");

      await prisma.setting.create({ data: { key: MODERATION_KEYS_SETTING, value: ["ставки", "10.9.9.9"] } });
      await prisma.setting.create({ data: { key: DISALLOWED_KEYS_SETTING, value: ["казино"] } });
      later();
      const keyword = await submitComment(prisma, input({ ...known, content: "Лучшие СТАВКИ тут" }), context({ ip: "10.1.0.3" }));
      expect(keyword.ok && keyword.value.status).toBe("PENDING");
      later();
      const byIp = await submitComment(prisma, input({ ...known, content: "обычный текст" }), context({ ip: "10.9.9.9" }));
      expect(byIp.ok && byIp.value.status).toBe("PENDING");
      later();
      const spam = await submitComment(prisma, input({ ...known, content: "онлайн казино" }), context({ ip: "10.1.0.4" }));
      expect(spam.ok && spam.value.status).toBe("SPAM");
      later();
      const plain = await submitComment(prisma, input({ ...known, content: "Согласен с автором" }), context({ ip: "10.1.0.5" }));
      expect(plain.ok && plain.value.status).toBe("APPROVED");
      await prisma.setting.deleteMany();
    });

    it("publishes at once only under the same name and email, and never under a staff account's email", async () => {
      await prisma.comment.create({
        data: { articleId, authorName: "Дана", authorEmail: "dana@example.kz", content: "раньше", contentHtml: "<p>раньше</p>", status: "APPROVED" },
      });
      const otherName = await submitComment(
        prisma,
        input({ authorName: "Редакция", authorEmail: "dana@example.kz", content: "Под чужим именем" }),
        context({ ip: "10.3.0.1" }),
      );
      expect(otherName.ok && otherName.value.status).toBe("PENDING");
      later();
      const sameName = await submitComment(
        prisma,
        input({ authorName: "Дана", authorEmail: "dana@example.kz", content: "Снова я" }),
        context({ ip: "10.3.0.2" }),
      );
      expect(sameName.ok && sameName.value.status).toBe("APPROVED");

      // A staff reply is stored approved under the staff email: the audit's way in.
      const editor = await prisma.user.create({ data: { name: "Редактор", slug: "redaktor-sotrudnik", email: "editor@vestnik.kz", role: "EDITOR" } });
      await prisma.comment.create({
        data: {
          articleId,
          authorName: "Редакция",
          authorEmail: "editor@vestnik.kz",
          userId: editor.id,
          content: "ответ",
          contentHtml: "<p>ответ</p>",
          status: "APPROVED",
        },
      });
      await prisma.comment.create({
        data: { articleId, authorName: "Редакция", authorEmail: "editor@vestnik.kz", content: "старый", contentHtml: "<p>старый</p>", status: "APPROVED" },
      });
      later();
      const impostor = await submitComment(
        prisma,
        input({ authorName: "Редакция", authorEmail: "editor@vestnik.kz", content: "Официально: всё отменяется" }),
        context({ ip: "10.3.0.3" }),
      );
      expect(impostor.ok && impostor.value.status).toBe("PENDING");
    });

    it("files what fails a bot check as spam", async () => {
      const result = await submitComment(
        prisma,
        input({ authorEmail: "bot@example.kz", content: "buy now" }),
        context({ ip: "10.2.0.1", botReason: "honeypot filled in" }),
      );
      expect(result.ok && result.value.status).toBe("SPAM");
    });

    it("refuses a duplicate of the same text by the same author on the same article and parent", async () => {
      const comment = input({ authorEmail: "dup@example.kz", content: "Один и тот же текст" });
      expect((await submitComment(prisma, comment, context({ ip: "10.3.0.1" }))).ok).toBe(true);
      later();
      const again = await submitComment(prisma, comment, context({ ip: "10.3.0.2" }));
      expect(again.ok ? "accepted" : again.error.code).toBe("duplicate");
      later();
      const byName = await submitComment(prisma, { ...comment, authorEmail: "other@example.kz" }, context({ ip: "10.3.0.3" }));
      expect(byName.ok ? "accepted" : byName.error.code).toBe("duplicate");
      later();
      const otherText = await submitComment(prisma, { ...comment, content: "Другой текст" }, context({ ip: "10.3.0.4" }));
      expect(otherText.ok).toBe(true);
    });

    it("refuses a second comment within 15 seconds from the same IP or the same email", async () => {
      expect((await submitComment(prisma, input({ authorEmail: "fast@example.kz", content: "первый" }), context({ ip: "10.4.0.1" }))).ok).toBe(true);
      const sameIp = await submitComment(
        prisma,
        input({ authorEmail: "other2@example.kz", content: "второй" }),
        context({ ip: "10.4.0.1", now: new Date(clock + 14_000) }),
      );
      expect(sameIp.ok ? "accepted" : sameIp.error.code).toBe("flood");
      const sameEmail = await submitComment(
        prisma,
        input({ authorEmail: "FAST@example.kz", content: "третий" }),
        context({ ip: "10.4.0.9", now: new Date(clock + 14_000) }),
      );
      expect(sameEmail.ok ? "accepted" : sameEmail.error.code).toBe("flood");
      const afterwards = await submitComment(
        prisma,
        input({ authorEmail: "fast@example.kz", content: "четвёртый" }),
        context({ ip: "10.4.0.1", now: new Date(clock + 16_000) }),
      );
      expect(afterwards.ok).toBe(true);
    });

    it("serializes simultaneous posts from one address: exactly one gets through", async () => {
      const results = await Promise.all(
        Array.from({ length: 6 }, (_, i) =>
          submitComment(prisma, input({ authorEmail: `race${i}@example.kz`, content: `гонка ${i}` }), context({ ip: "10.5.0.1" })),
        ),
      );
      expect(results.filter((r) => r.ok).length).toBe(1);
      expect(results.filter((r) => !r.ok && r.error.code === "flood").length).toBe(5);
    });

    it("threads replies to approved comments up to depth 5 and refuses the rest", async () => {
      const root = await prisma.comment.create({
        data: { articleId, authorName: "А", authorEmail: "a@x.kz", content: "корень", contentHtml: "", status: "APPROVED", depth: 1 },
      });
      let parentId = root.id;
      for (let depth = 2; depth <= 5; depth++) {
        const reply = await prisma.comment.create({
          data: { articleId, parentId, authorName: "А", authorEmail: "a@x.kz", content: `ур. ${depth}`, contentHtml: "", status: "APPROVED", depth },
        });
        parentId = reply.id;
      }
      const tooDeep = await submitComment(prisma, input({ authorEmail: "deep@example.kz", parentId }), context({ ip: "10.6.0.1" }));
      expect(tooDeep.ok ? "accepted" : tooDeep.error.code).toBe("too_deep");

      const atFive = await submitComment(prisma, input({ authorEmail: "deep@example.kz", parentId: root.id, content: "ответ" }), context({ ip: "10.6.0.2" }));
      expect(atFive.ok).toBe(true);
      const stored = await prisma.comment.findUniqueOrThrow({ where: { id: atFive.ok ? atFive.value.id : 0 } });
      expect([stored.parentId, stored.depth]).toEqual([root.id, 2]);

      const held = await prisma.comment.create({
        data: { articleId, authorName: "Б", authorEmail: "b@x.kz", content: "на проверке", contentHtml: "", status: "PENDING" },
      });
      later();
      const toHeld = await submitComment(
        prisma,
        input({ authorEmail: "deep@example.kz", parentId: held.id, content: "ответ на скрытый" }),
        context({ ip: "10.6.0.3" }),
      );
      expect(toHeld.ok ? "accepted" : toHeld.error.code).toBe("parent_not_approved");
    });

    it("refuses comments on articles readers cannot see, and writes nothing", async () => {
      const before = await prisma.comment.count();
      for (const id of [...hiddenIds, 999_999]) {
        later();
        const result = await submitComment(prisma, input({ articleId: id, authorEmail: "ghost@example.kz" }), context({ ip: "10.7.0.1" }));
        expect(result.ok ? "accepted" : result.error.code).toBe("article_not_found");
      }
      expect(await prisma.comment.count()).toBe(before);
    });

    it("stores sanitized HTML beside the text as typed", async () => {
      const typed = 'Смотрите <a href="https://a.kz" onclick="x()">тут</a><script>alert(1)</script>\n\nВторой абзац';
      const result = await submitComment(prisma, input({ authorEmail: "html@example.kz", content: typed }), context({ ip: "10.8.0.1" }));
      const stored = await prisma.comment.findUniqueOrThrow({ where: { id: result.ok ? result.value.id : 0 } });
      expect(stored.content).toBe(typed);
      expect(stored.contentHtml).toBe(
        '<p>Смотрите <a href="https://a.kz" rel="nofollow ugc">тут</a>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n<p>Второй абзац</p>',
      );
    });
  });
}
