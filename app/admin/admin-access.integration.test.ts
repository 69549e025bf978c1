import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseTargets } from "@/tests/support/database-targets";
import { formData } from "@/tests/support/form-data";
import { buildWorld } from "@/tests/support/world";
import { actAs, createStaff, databaseFingerprint } from "@/tests/support/staff";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { ForbiddenError, guardOf } from "@/lib/actions/admin-action";
import { rolesWithout } from "@/lib/auth/roles";

/** Every server action and route handler of the newsroom, found by file name so a new one cannot be missed. */
const actionModules = import.meta.glob<Record<string, unknown>>("./**/actions.ts", { eager: true });
const routeModules = import.meta.glob<Record<string, unknown>>("./**/route.ts", { eager: true });
/** Open to anonymous callers by design. */
const PUBLIC = new Set(["./login/actions.ts#logIn"]);

const actions = Object.entries(actionModules).flatMap(([file, mod]) => Object.entries(mod).map(([name, fn]) => ({ id: `${file}#${name}`, fn })));
const routes = Object.entries(routeModules).flatMap(([file, mod]) =>
  Object.entries(mod)
    .filter(([name]) => /^(GET|POST|PUT|PATCH|DELETE)$/.test(name))
    .map(([name, fn]) => ({ id: `${file}#${name}`, fn })),
);

/** A form that would change something if the check were missing: ids of real rows and plausible values. */
function tempting(ids: { articleId: number; categoryId: number; userId: number; commentId: number }): FormData {
  return formData({
    id: String(ids.articleId),
    articleId: String(ids.articleId),
    commentId: String(ids.commentId),
    parentId: String(ids.commentId),
    revisionId: "1",
    userId: String(ids.userId),
    ids: String(ids.commentId),
    title: "Взлом",
    slug: "vzlom",
    lead: "x",
    bodyHtml: "<p>x</p>",
    categoryId: String(ids.categoryId),
    intent: "publish",
    status: "APPROVED",
    role: "ADMINISTRATOR",
    email: "intruder@example.kz",
    password: "пароль-123456",
    name: "Взлом",
    content: "x",
    keys: "спам",
    moderationKeys: "x",
    disallowedKeys: "y",
    op: "approve",
    tags: "взлом",
  });
}

async function refusal(call: () => Promise<unknown>): Promise<string> {
  try {
    await call();
    return "allowed";
  } catch (error) {
    if (error instanceof ForbiddenError) return "forbidden";
    const digest = (error as { digest?: string }).digest ?? "";
    if (digest.startsWith("NEXT_REDIRECT") && digest.includes("/admin/login")) return "to-login";
    throw error;
  }
}

for (const target of databaseTargets()) {
  const available = await target.available();
  describe.skipIf(!available)(`every newsroom action checks the caller on ${target.name}`, () => {
    let prisma: PrismaClient;
    let form: FormData;
    const signedIn: Record<string, Awaited<ReturnType<typeof createStaff>>> = {};

    beforeAll(async () => {
      prisma = (await target.open()).prisma;
      const world = await buildWorld(prisma, 2);
      for (const role of ["ADMINISTRATOR", "EDITOR", "AUTHOR", "CONTRIBUTOR"] as const) signedIn[role] = await createStaff(prisma, role);
      const article = await prisma.article.findFirstOrThrow({ where: { slug: "draft" } });
      const comment = await prisma.comment.create({
        data: { articleId: article.id, authorName: "Читатель", authorEmail: "reader@example.kz", content: "Текст", contentHtml: "<p>Текст</p>" },
      });
      form = tempting({ articleId: article.id, categoryId: world.society.id, userId: signedIn.EDITOR!.id, commentId: comment.id });
    });
    afterAll(() => target.close());

    it("finds the actions and routes, each made with the guarding wrapper", () => {
      expect(actions.length).toBeGreaterThan(2);
      for (const { id, fn } of [...actions, ...routes]) {
        if (PUBLIC.has(id)) continue;
        expect(guardOf(fn), `${id} is not made with adminAction/adminRoute`).toBeDefined();
      }
    });

    it("refuses anonymous callers and roles without the capability, writing nothing", async () => {
      const before = await databaseFingerprint(prisma);
      let checked = 0;
      for (const { id, fn } of actions) {
        if (PUBLIC.has(id)) continue;
        const action = fn as (...args: unknown[]) => Promise<unknown>;
        actAs(null);
        expect(await refusal(() => action(form)), `${id} anonymous`).toBe("to-login");
        expect(await refusal(() => action({}, form)), `${id} anonymous (form state)`).toBe("to-login");
        for (const role of rolesWithout(guardOf(fn)!)) {
          actAs(signedIn[role]!);
          expect(await refusal(() => action(form)), `${id} as ${role}`).toBe("forbidden");
          expect(await refusal(() => action({}, form)), `${id} as ${role} (form state)`).toBe("forbidden");
        }
        checked++;
      }
      for (const { id, fn } of routes) {
        const route = fn as (request: Request, context: unknown) => Promise<Response>;
        const request = () => new Request("http://localhost/admin", { method: "POST", body: form });
        actAs(null);
        expect((await route(request(), { params: Promise.resolve({}) })).status, `${id} anonymous`).toBe(401);
        for (const role of rolesWithout(guardOf(fn)!)) {
          actAs(signedIn[role]!);
          expect((await route(request(), { params: Promise.resolve({}) })).status, `${id} as ${role}`).toBe(403);
        }
      }
      for (const { id, fn } of routes) {
        const route = fn as (request: Request, context: unknown) => Promise<Response>;
        actAs(signedIn.ADMINISTRATOR!);
        const crossSite = new Request("http://localhost/admin", { method: "POST", body: form, headers: { origin: "http://localhost:4000" } });
        const refused = await route(crossSite, { params: Promise.resolve({}) });
        expect(refused.status, `${id} from another origin`).toBe(403);
        expect(await refused.json()).toEqual({ error: "Запрос отправлен с другого сайта." });
      }
      expect(checked).toBe(actions.length - PUBLIC.size);
      expect(await databaseFingerprint(prisma)).toBe(before);
    });

    it("lets a role with the capability through the same wrapper", async () => {
      const save = actions.find((a) => a.id.endsWith("#saveArticleAction"))!.fn as (
        prev: unknown,
        form: FormData,
      ) => Promise<{ ok?: boolean; message?: string }>;
      actAs(signedIn.CONTRIBUTOR!);
      const own = formData({ title: "Своя заметка", slug: "", categoryId: form.get("categoryId") as string, intent: "pending" });
      await expect(save({}, own)).rejects.toMatchObject({ digest: expect.stringMatching(/^NEXT_REDIRECT;.*\/admin\/articles\/\d+\?saved=1/) });
      expect(await prisma.article.count({ where: { title: "Своя заметка", status: "PENDING", authorId: signedIn.CONTRIBUTOR!.id } })).toBe(1);
    });
  });
}
