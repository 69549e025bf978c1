import { mergeAttributes, Node } from "@tiptap/core";

export type FigureAttributes = { src: string; srcset: string | null; sizes: string | null; alt: string; width: number | null; height: number | null };

declare module "@tiptap/core" {
  interface Commands<ReturnType> {
    figure: { insertFigure: (attributes: FigureAttributes, caption: string) => ReturnType };
  }
}

const fromImg = (name: string) => (element: HTMLElement) => element.querySelector("img")?.getAttribute(name) ?? null;
const numberFromImg = (name: string) => (element: HTMLElement) => {
  const value = Number(fromImg(name)(element));
  return Number.isFinite(value) && value > 0 ? value : null;
};

/**
 * An image with a caption: `<figure><img><figcaption>…</figcaption></figure>`. The caption is
 * the node's content, so it is typed in place under the picture like any other text.
 */
export const Figure = Node.create({
  name: "figure",
  group: "block",
  content: "inline*",
  marks: "bold italic link",
  draggable: true,
  isolating: true,

  addAttributes() {
    return {
      src: { default: null, parseHTML: fromImg("src") },
      srcset: { default: null, parseHTML: fromImg("srcset") },
      sizes: { default: null, parseHTML: fromImg("sizes") },
      alt: { default: "", parseHTML: (element) => fromImg("alt")(element) ?? "" },
      width: { default: null, parseHTML: numberFromImg("width") },
      height: { default: null, parseHTML: numberFromImg("height") },
    };
  },

  parseHTML() {
    return [{ tag: "figure", contentElement: "figcaption", getAttrs: (element) => (element.querySelector("img") ? null : false) }];
  },

  renderHTML({ HTMLAttributes }) {
    const img = Object.fromEntries(Object.entries(HTMLAttributes).filter(([, v]) => v !== null && v !== undefined));
    return ["figure", ["img", mergeAttributes(img, { loading: "lazy" })], ["figcaption", 0]];
  },

  addCommands() {
    return {
      insertFigure:
        (attributes, caption) =>
        ({ commands }) =>
          commands.insertContent({ type: this.name, attrs: attributes, content: caption ? [{ type: "text", text: caption }] : [] }),
    };
  },
});
