/** Article cards on one page of a reader archive (category, tag, author) or the latest list. */
export const PAGE_SIZE = 12;
