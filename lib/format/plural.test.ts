import { describe, expect, it } from "vitest";
import { COMMENT_FORMS, pluralRu } from "./plural";

describe("pluralRu", () => {
  it("picks the Russian form for each number", () => {
    const word = (n: number) => `${n} ${pluralRu(n, COMMENT_FORMS)}`;
    expect([1, 2, 4, 5, 11, 12, 14, 21, 22, 25, 101, 111, 0].map(word)).toEqual([
      "1 комментарий",
      "2 комментария",
      "4 комментария",
      "5 комментариев",
      "11 комментариев",
      "12 комментариев",
      "14 комментариев",
      "21 комментарий",
      "22 комментария",
      "25 комментариев",
      "101 комментарий",
      "111 комментариев",
      "0 комментариев",
    ]);
  });
});
