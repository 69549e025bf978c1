import { describe, expect, it } from "vitest";
import { articleInput } from "./article-input";

const base = { title: "Новость", slug: "", intent: "draft" };
const errorsOf = (fields: Record<string, string | string[]>) =>
  articleInput.safeParse({ ...base, ...fields }).error?.issues.map((i) => [i.path.join("."), i.message]);

describe("articleInput's categories", () => {
  it("reads the ticked categories with the primary one first, once each", () => {
    expect(articleInput.parse({ ...base, categoryId: "5", categoryIds: ["", "3", "5", "3"] }).categoryIds).toEqual([5, 3]);
    expect(articleInput.parse({ ...base, categoryId: "5", categoryIds: ["", "5"] }).categoryIds).toEqual([5]);
  });

  it("puts an article posted without the category list in its primary category only", () => {
    expect(articleInput.parse({ ...base, categoryId: "7" }).categoryIds).toEqual([7]);
  });

  it("asks for at least one category, a primary one, and a primary among those ticked", () => {
    expect(errorsOf({ categoryId: "5", categoryIds: "" })).toEqual([["categoryIds", "Выберите хотя бы одну рубрику."]]);
    expect(errorsOf({ categoryIds: ["", "3"] })).toEqual([["categoryId", "Выберите основную рубрику."]]);
    expect(errorsOf({ categoryId: "5", categoryIds: ["", "3"] })).toEqual([["categoryId", "Основная рубрика должна быть среди отмеченных."]]);
    expect(errorsOf({ categoryId: "5", categoryIds: ["", "5", "x"] })).toEqual([["categoryIds.1", "Неизвестная рубрика."]]);
  });
});
