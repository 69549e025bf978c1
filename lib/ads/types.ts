/** An ad slot as reader pages show it. */
export type AdSlot = {
  id: number;
  placement: "ARTICLE_TOP" | "ARTICLE_INLINE" | "ARTICLE_BOTTOM" | "SIDEBAR";
  name: string;
  imageUrl: string | null;
  linkUrl: string | null;
  html: string | null;
};
