import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { issueFormToken } from "@/lib/comments/form-token";
import { issueViewToken } from "@/lib/comments/view-token";
import { initialCommentFormState } from "@/lib/comments/form-state";
import { appSecret } from "@/lib/security/app-secret";
import { CLIENT_IP_HEADER, sealClientAddress } from "@/lib/security/client-address";
import { databaseTargets } from "@/tests/support/database-targets";
import { formData } from "@/tests/support/form-data";
import { setTestRequest } from "@/tests/support/stubs/next-headers";
import { buildWorld } from "@/tests/support/world";
import { GET as issueToken } from "@/app/api/comments/token/route";
import { postComment } from "./actions";

let sender = 0;

for (const target of databaseTargets()) {
  const available = await target.available();
  describe.skipIf(!available)(`the comment form's bot timer on ${target.name}`, () => {
    let prisma: PrismaClient;
    let articleId: number;
    let otherArticleId: number;

    beforeAll(async () => {
      prisma = (await target.open()).prisma;
      await buildWorld(prisma, 3);
      articleId = (await prisma.article.findUniqueOrThrow({ where: { slug: "pub-1" } })).id;
      otherArticleId = (await prisma.article.findUniqueOrThrow({ where: { slug: "pub-2" } })).id;
    });
    afterAll(() => target.close());

    /** Posts as the form's script does (js=1), from a new address and email each time; returns the stored status. */
    async function post(fields: Record<string, string>): Promise<string> {
      sender++;
      setTestRequest({ headers: { [CLIENT_IP_HEADER]: sealClientAddress(`10.60.0.${sender}`), "user-agent": "Mozilla/5.0" } });
      const content = `Проверка таймера ${sender} ${Date.now()}`;
      const state = await postComment(
        initialCommentFormState,
        formData({
          comment_post_ID: String(articleId),
          comment_parent: "0",
          comment: content,
          author: "Читатель",
          email: `timer${sender}@mail.example`,
          js: "1",
          ...fields,
        }),
      );
      expect(state.status).toBe("held");
      return (await prisma.comment.findFirstOrThrow({ where: { content } })).status;
    }

    async function viewToken(id: number): Promise<string> {
      const res = await issueToken(new Request(`http://localhost/api/comments/token?article=${id}`));
      expect(res.headers.get("cache-control")).toBe("private, no-store");
      return ((await res.json()) as { token: string }).token;
    }

    it("files a post sent right after the view token was issued as spam, without telling the sender", async () => {
      expect(await post({ view_token: await viewToken(articleId) })).toBe("SPAM");
    });

    it("does not accept the view token of another article, nor a forged one", async () => {
      const other = issueViewToken(otherArticleId, Date.now() - 60_000, appSecret());
      expect(await post({ view_token: other })).toBe("SPAM");
      expect(await post({ view_token: `v.${articleId}.${Date.now() - 60_000}.forged` })).toBe("SPAM");
    });

    it("measures the time on the server: a client's elapsed_ms changes nothing", async () => {
      expect(await post({ view_token: await viewToken(articleId), elapsed_ms: "600000" })).toBe("SPAM");
    });

    it("holds a post whose view is old enough for moderation like any first comment", async () => {
      expect(await post({ view_token: issueViewToken(articleId, Date.now() - 5_000, appSecret()) })).toBe("PENDING");
    });

    it("keeps the no-JavaScript rules: the cached form token, tied to its article", async () => {
      expect(await post({ token: issueFormToken(articleId, Date.now() - 60_000, appSecret()) })).toBe("PENDING");
      expect(await post({ token: issueFormToken(otherArticleId, Date.now() - 60_000, appSecret()) })).toBe("SPAM");
      expect(await post({ token: issueFormToken(articleId, Date.now() - 500, appSecret()) })).toBe("SPAM");
    });

    it("answers in the language of the article the comment is posted to", async () => {
      await prisma.article.update({ where: { id: otherArticleId }, data: { language: "kk" } });
      try {
        setTestRequest({ headers: { [CLIENT_IP_HEADER]: sealClientAddress("10.61.0.1"), "user-agent": "Mozilla/5.0" } });
        const invalid = (id: number) =>
          postComment(
            initialCommentFormState,
            formData({ comment_post_ID: String(id), comment_parent: "0", comment: "", author: "Айгүл", email: "a@mail.example", js: "1" }),
          );
        const kazakh = await invalid(otherArticleId);
        expect(kazakh.status).toBe("invalid");
        expect(kazakh.message).toBe("Пікір жіберілмеді: формадағы қателерді түзетіңіз.");
        expect(kazakh.errors).toEqual({ content: "Пікіріңізді енгізіңіз!" });
        expect((await invalid(articleId)).errors).toEqual({ content: "Пожалуйста, введите ваш комментарий!" });
        // No such article: Russian, the site's first language.
        expect((await invalid(99_999_999)).message).toBe("Комментарий не отправлен: исправьте ошибки в форме.");
      } finally {
        await prisma.article.update({ where: { id: otherArticleId }, data: { language: "ru" } });
      }
    });

    it("answers a malformed token request with a JSON 400", async () => {
      for (const query of ["", "?article=abc", "?article=-1", "?article=99999999999"]) {
        const res = await issueToken(new Request(`http://localhost/api/comments/token${query}`));
        expect(res.status).toBe(400);
        expect(((await res.json()) as { error: string }).error).toMatch(/номером статьи/);
      }
    });
  });
}
