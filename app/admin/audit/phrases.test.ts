import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ARTICLE_STATUSES } from "@/lib/articles/status-labels";
import { AUDIT_PHRASES, auditDetails, describeAudit } from "./phrases";

const root = path.resolve(import.meta.dirname, "../../..");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" || entry.name === "node_modules" ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/**
 * Every action key written to the audit log: the string literals of each audit(…) call and of
 * the scheduler's createMany, and the template keys expanded over the values they take.
 */
function actionKeysInCode(): string[] {
  // lib/comments/newsroom.ts is server-only: its list of moderation actions is read as text.
  const moderation = /MODERATION_ACTIONS = \[([^\]]*)\]/.exec(readFileSync(path.join(root, "lib/comments/newsroom.ts"), "utf8"))![1]!;
  const expansions: Record<string, readonly string[]> = {
    article: ARTICLE_STATUSES.map((s) => s.toLowerCase()),
    comment: [...moderation.matchAll(/"([a-z]+)"/g)].map((m) => m[1]!),
  };
  const keys = new Set<string>();
  for (const file of [...sourceFiles(path.join(root, "lib")), ...sourceFiles(path.join(root, "app"))]) {
    const source = readFileSync(file, "utf8");
    const calls = [...source.matchAll(/\baudit\(\s*[\w.]+,\s*([^\n]*)/g), ...source.matchAll(/action:\s*("[a-z][a-z.-]*")/g)];
    for (const call of calls) {
      const head = call[1]!.split(/,\s*`?[a-z]+:/)[0]!;
      for (const literal of head.matchAll(/"([a-z]+(?:\.[a-z-]+)+)"/g)) keys.add(literal[1]!);
      for (const template of head.matchAll(/`([a-z]+)\.\$\{/g)) {
        const values = expansions[template[1]!];
        if (!values) throw new Error(`${path.relative(root, file)}: audit key template \`${template[1]}.\${…}\` has no known values`);
        for (const value of values) keys.add(`${template[1]}.${value}`);
      }
    }
  }
  return [...keys].sort();
}

describe("audit log phrases", () => {
  const keys = actionKeysInCode();

  it("finds the keys the code writes", () => {
    expect(keys).toEqual(expect.arrayContaining(["article.published", "comment.spam", "user.role", "article.published-on-schedule", "menu.item.add"]));
    expect(keys.length).toBeGreaterThan(40);
  });

  it("has a Russian phrase for every key used in the code", () => {
    expect(keys.filter((key) => !(key in AUDIT_PHRASES))).toEqual([]);
  });

  it("reads every key as Russian words, never the key or JSON", () => {
    for (const key of keys) {
      const line = describeAudit({ action: key, subject: "article:7", details: { title: "Т", from: "DRAFT", count: 2 }, userName: "Иван Петров" });
      expect(line, key).toMatch(/^Иван Петров [а-яё]/);
      expect(line, key).not.toContain(key);
      expect(line, key).not.toMatch(/[{}]/);
    }
  });

  it("says who did what to which article, and the status change", () => {
    expect(describeAudit({ action: "article.published", subject: "article:5", details: { title: "Дороги", from: "DRAFT" }, userName: "Иван Петров" })).toBe(
      "Иван Петров опубликовал(а) статью «Дороги»",
    );
    expect(auditDetails("article.published", { title: "Дороги", from: "DRAFT" })).toBe("статус: Черновик → Опубликована");
    expect(auditDetails("article.draft", { from: "PUBLISHED" })).toBe("статус: Опубликована → Черновик");
    expect(describeAudit({ action: "user.role", subject: "user:3", details: { from: "AUTHOR", to: "EDITOR" }, userName: "Анна" })).toBe(
      "Анна сменил(а) роль пользователя: Автор → Редактор",
    );
  });

  it("words the scheduler's lines without a person", () => {
    expect(describeAudit({ action: "article.published-on-schedule", subject: "article:9", details: { slug: "x" }, userName: null })).toBe(
      "Планировщик опубликовал по расписанию статью № 9",
    );
  });

  it("falls back to words for a key it does not know", () => {
    const line = describeAudit({ action: "article.frobnicated", subject: "article:1", details: { title: "Новость" }, userName: "Анна" });
    expect(line).toBe("Анна изменил(а) статью «Новость»");
    expect(describeAudit({ action: "zzz.yyy", subject: "", details: null, userName: "Анна" })).toBe("Анна изменил(а) данные сайта");
  });
});
