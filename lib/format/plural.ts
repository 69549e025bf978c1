/** Russian plural forms: pluralRu(5, ["комментарий", "комментария", "комментариев"]) → "комментариев". */
export function pluralRu(n: number, [one, few, many]: readonly [string, string, string]): string {
  const mod10 = n % 10;
  const mod100 = n % 100;
  if (mod10 === 1 && mod100 !== 11) return one;
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return few;
  return many;
}

export const COMMENT_FORMS = ["комментарий", "комментария", "комментариев"] as const;
export const ARTICLE_FORMS = ["статья", "статьи", "статей"] as const;
