/** A comment as reader pages show it. */
export type PublicComment = {
  id: number;
  parentId: number | null;
  depth: number;
  authorName: string;
  authorUrl: string;
  contentHtml: string;
  createdAt: string;
  /** Awaiting moderation: shown only to its author. */
  held: boolean;
  staff: boolean;
};
