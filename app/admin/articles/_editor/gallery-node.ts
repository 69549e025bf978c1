import { Node } from "@tiptap/core";

export type GalleryImage = { src: string; srcset: string | null; alt: string; width: number | null; height: number | null; full: string };

declare module "@tiptap/core" {
  interface Commands<ReturnType> {
    gallery: { insertGallery: (images: GalleryImage[]) => ReturnType };
  }
}

const GALLERY_SIZES = "(max-width: 760px) 50vw, 250px";

const positive = (value: string | null) => {
  const n = Number(value);
  return Number.isFinite(n) && n > 0 ? n : null;
};

function imagesOf(element: HTMLElement): GalleryImage[] {
  return [...element.querySelectorAll("a > img")].flatMap((img) => {
    const src = img.getAttribute("src");
    const full = img.parentElement?.getAttribute("href");
    if (!src || !full) return [];
    const alt = img.getAttribute("alt") ?? "";
    return [{ src, srcset: img.getAttribute("srcset"), alt, width: positive(img.getAttribute("width")), height: positive(img.getAttribute("height")), full }];
  });
}

/**
 * Several library images as a grid: `<figure class="gallery">` of links to each image's largest
 * size around its responsive preview. Readers need no script: the grid is CSS, a click opens the
 * full-size file.
 */
export const GalleryNode = Node.create({
  name: "gallery",
  group: "block",
  atom: true,
  draggable: true,

  addAttributes() {
    return { images: { default: [], parseHTML: imagesOf, renderHTML: () => ({}) } };
  },

  parseHTML() {
    return [{ tag: "figure.gallery", priority: 60 }];
  },

  renderHTML({ node }) {
    const images = node.attrs.images as GalleryImage[];
    const cells = images.map(({ full, src, srcset, alt, width, height }) => {
      const img = Object.fromEntries(
        Object.entries({ src, srcset, sizes: srcset ? GALLERY_SIZES : null, alt, width, height, loading: "lazy" }).filter(([, v]) => v !== null),
      );
      return ["a", { href: full }, ["img", img]] as const;
    });
    return ["figure", { class: "gallery" }, ...cells];
  },

  addCommands() {
    return {
      insertGallery:
        (images) =>
        ({ commands }) =>
          commands.insertContent({ type: this.name, attrs: { images } }),
    };
  },
});
