import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseTargets } from "@/tests/support/database-targets";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/** A base form and its inflections, which must all have the base form's stem. */
const FORMS: [string, string[]][] = [
  ["Павлодар", ["Павлодарда", "Павлодарға", "Павлодардың", "Павлодардан", "Павлодардағы", "Павлодарды"]],
  ["Астана", ["Астанаға", "Астанада", "Астананың", "Астанадан", "Астанасы"]],
  ["Өскемен", ["Өскеменнен", "Өскеменде", "Өскеменге", "Өскеменнің", "Өскеменмен"]],
  ["Ертіс", ["Ертістің", "Ертіске", "Ертісте", "Ертістен", "Ертісі", "Ертісті"]],
  ["Қазақстан", ["Қазақстанда", "Қазақстанның", "Қазақстанға"]],
  ["жол", ["жолда", "жолы", "жолдар", "жолдың", "жолға", "жолмен", "жолдан", "жолдағы", "жолымыз", "жолын", "жолдарымызда"]],
  ["мектеп", ["мектебі", "мектепке", "мектепте", "мектептің", "мектептер", "мектептен", "мектебінде", "мектебіміз"]],
  ["қала", ["қалада", "қаланың", "қалаға", "қаласы", "қаласында", "қалалар", "қаладан", "қаламен", "қаласына", "қалама"]],
  ["бала", ["балаға", "балалар", "баласы", "балалардың", "балаларға", "балаларымен"]],
  ["ауыл", ["ауылда", "ауылы", "ауылдың", "ауылға", "ауылдар", "ауылдан", "ауылдағы", "ауылымыз"]],
  ["аудан", ["ауданда", "ауданның", "ауданға", "аудандар", "ауданнан", "аудандағы"]],
  ["облыс", ["облысы", "облысының", "облыста", "облыстағы", "облысқа", "облыстың", "облысында"]],
  ["су", ["суы", "суға", "судың", "суда", "судан", "сулар", "сумен", "суды"]],
  ["үй", ["үйі", "үйге", "үйде", "үйдің", "үйлер", "үйден", "үйім", "үйіміз", "үйлерімізде", "үйіме"]],
  ["жұмыс", ["жұмысы", "жұмыстың", "жұмысқа", "жұмыста", "жұмыстан", "жұмыстар", "жұмысын", "жұмыспен", "жұмыссыз"]],
  ["жаңалық", ["жаңалықтар", "жаңалығы", "жаңалықты", "жаңалыққа", "жаңалықта", "жаңалығын", "жаңалықтары", "жаңалықтың"]],
  ["ел", ["елде", "елдің", "елге", "еліміз", "елімізде", "елдер"]],
  ["халық", ["халқы", "халқының", "халыққа", "халықтың"]],
  ["адам", ["адамдар", "адамның", "адамға"]],
  ["банк", ["банкке", "банктің", "банкте"]],
];

/** Short words and words that only look inflected keep their letters. */
const WHOLE = ["білім", "жаңа", "кеме", "ақша", "ақын", "адам", "Астана", "аудан"];

/** Two readings fit (аудан + ы, or ауда + ны): the base form's stem is one of the word's stems. */
const AMBIGUOUS: [string, string][] = [
  ["аудан", "ауданы"],
  ["бала", "баланы"],
  ["қала", "қаланы"],
];

for (const target of databaseTargets()) {
  const available = await target.available();
  describe.skipIf(!available)(`the Kazakh stemmer on ${target.name}`, () => {
    let prisma: PrismaClient;
    beforeAll(async () => {
      ({ prisma } = await target.open());
    });
    afterAll(() => target.close());

    const stem = async (word: string) => (await prisma.$queryRaw<{ stem: string }[]>`SELECT vestnik_kk_stem(${word}) AS stem`)[0]!.stem;
    const stems = async (word: string) => (await prisma.$queryRaw<{ stems: string[] }[]>`SELECT vestnik_kk_stems(${word}) AS stems`)[0]!.stems;

    it("reduces the example names to their base", async () => {
      expect(await stem("Павлодарда")).toBe("павлодар");
      expect(await stem("Астанаға")).toBe("астана");
      expect(await stem("Өскеменнен")).toBe("өскемен");
      expect(await stem("Өскеменде")).toBe("өскемен");
      expect(await stem("Ертістің")).toBe("ертіс");
    });

    it("gives every inflected form the stem of its base form", async () => {
      const table = FORMS.flatMap(([base, forms]) => forms.map((form) => ({ base, form })));
      expect(table.length).toBeGreaterThanOrEqual(60);
      const rows = await prisma.$queryRaw<{ base: string; form: string; same: boolean }[]>`
        SELECT t->>'base' AS base, t->>'form' AS form, vestnik_kk_stem(t->>'base') = vestnik_kk_stem(t->>'form') AS same
        FROM jsonb_array_elements(${JSON.stringify(table)}::jsonb) t`;
      expect(rows.filter((r) => !r.same).map((r) => `${r.form} ≠ ${r.base}`)).toEqual([]);
    });

    it("keeps short words and words that only look inflected", async () => {
      for (const word of WHOLE) expect(await stem(word)).toBe(word.toLowerCase());
    });

    it("follows both readings where two endings fit", async () => {
      for (const [base, form] of AMBIGUOUS) expect(await stems(form)).toContain(await stem(base));
    });

    it("builds documents and queries of stems, and accepts any query", async () => {
      const [row] = await prisma.$queryRaw<{ found: boolean; missing: boolean; empty: string; marked: string }[]>`
        SELECT vestnik_kk_tsvector('Ертістің жағасында жаңа мектеп ашылды', 'A') @@ vestnik_kk_tsquery('«Ертіс» мектебінде!') AS found,
          vestnik_kk_tsvector('Ертістің жағасында', 'A') @@ vestnik_kk_tsquery('Өскемен') AS missing,
          vestnik_kk_tsquery(' "" !!! '' & | ')::text AS empty,
          ts_headline('simple', 'Жаңа мектебі Ертістің жағасында', vestnik_kk_prefix_tsquery('мектеп Ертіс'), 'StartSel=[, StopSel=]') AS marked`;
      expect(row).toEqual({ found: true, missing: false, empty: "", marked: "Жаңа [мектебі] [Ертістің] жағасында" });
    });
  });
}
