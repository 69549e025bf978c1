import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseTargets } from "@/tests/support/database-targets";
import { buildWorld } from "@/tests/support/world";
import { createStaff } from "@/tests/support/staff";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { commentCounts, commentKeys, editComment, moderateComments, parseKeys, replyAsStaff, saveCommentKeys } from "./newsroom";

for (const target of databaseTargets()) {
  const available = await target.available();
  describe.skipIf(!available)(`comment moderation on ${target.name}`, () => {
    let prisma: PrismaClient;
    let editor: Awaited<ReturnType<typeof createStaff>>;
    let articleId: number;
    const comment = (status: "PENDING" | "APPROVED" | "SPAM" | "TRASH", content = "Текст", depth = 1) =>
      prisma.comment.create({
        data: { articleId, authorName: "Читатель", authorEmail: "reader@example.kz", content, contentHtml: `<p>${content}</p>`, status, depth },
      });

    beforeAll(async () => {
      prisma = (await target.open()).prisma;
      await buildWorld(prisma, 1);
      articleId = (await prisma.article.findFirstOrThrow({ where: { slug: "pub-1" } })).id;
      editor = await createStaff(prisma, "EDITOR");
    });
    afterAll(() => target.close());

    it("counts by status and moves comments between them, in bulk, with an audit line", async () => {
      const [a, b, c] = [await comment("PENDING"), await comment("PENDING"), await comment("APPROVED")];
      expect(await commentCounts()).toEqual({ PENDING: 2, APPROVED: 1, SPAM: 0, TRASH: 0 });
      expect(await moderateComments(editor, [a.id, b.id], "approve")).toEqual([articleId]);
      expect(await commentCounts()).toEqual({ PENDING: 0, APPROVED: 3, SPAM: 0, TRASH: 0 });
      await moderateComments(editor, [a.id], "unapprove");
      await moderateComments(editor, [b.id], "spam");
      await moderateComments(editor, [c.id], "trash");
      expect(await commentCounts()).toEqual({ PENDING: 1, APPROVED: 0, SPAM: 1, TRASH: 1 });
      expect(await prisma.auditLog.count({ where: { userId: editor.id, action: { startsWith: "comment." } } })).toBe(4);

      await moderateComments(editor, [a.id, b.id, c.id], "delete");
      expect(await prisma.comment.findMany({ select: { id: true } })).toEqual([{ id: a.id }]);
      await prisma.comment.deleteMany();
    });

    it("edits a comment into sanitized HTML and replies as staff, approving the comment answered", async () => {
      const held = await comment("PENDING", "Вопрос");
      expect(
        await editComment(editor, {
          id: held.id,
          authorName: "Читатель",
          authorEmail: "reader@example.kz",
          authorUrl: "",
          content: 'Вопрос <script>alert(1)</script><b onclick="x">жирно</b>',
        }),
      ).toBe(articleId);
      expect((await prisma.comment.findUniqueOrThrow({ where: { id: held.id } })).contentHtml).toBe(
        "<p>Вопрос &lt;script&gt;alert(1)&lt;/script&gt;<b>жирно</b></p>",
      );

      expect(await replyAsStaff(editor, { parentId: held.id, content: "Ответ редакции" })).toEqual({ ok: true, articleId });
      const reply = await prisma.comment.findFirstOrThrow({ where: { parentId: held.id } });
      expect([reply.status, reply.depth, reply.userId, reply.authorName]).toEqual(["APPROVED", 2, editor.id, editor.name]);
      expect((await prisma.comment.findUniqueOrThrow({ where: { id: held.id } })).status).toBe("APPROVED");

      const deep = await comment("APPROVED", "Глубоко", 5);
      expect(await replyAsStaff(editor, { parentId: deep.id, content: "x" })).toEqual({ ok: false, message: "Ветка обсуждения уже максимальной глубины." });
    });

    it("stores the moderation and disallowed keys as JSON arrays of one phrase each", async () => {
      await saveCommentKeys(editor, { moderation: parseKeys(" казино \n\nкупить дёшево\nказино"), disallowed: parseKeys("viagra") });
      expect(await commentKeys()).toEqual({ moderation: ["казино", "купить дёшево"], disallowed: ["viagra"] });
      const rows = await prisma.setting.findMany({ orderBy: { key: "asc" } });
      expect(rows.map((r) => [r.key, r.value])).toEqual([
        ["comments.disallowedKeys", ["viagra"]],
        ["comments.moderationKeys", ["казино", "купить дёшево"]],
      ]);
    });
  });
}
