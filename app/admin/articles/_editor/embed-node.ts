import { Extension, Node } from "@tiptap/core";
import { Plugin, PluginKey } from "@tiptap/pm/state";
import { parseEmbedUrl } from "@/lib/embeds/parse-url";
import { embedOf, type Embed } from "@/lib/embeds/providers";
import { embedLink, storedEmbedAttributes } from "@/lib/embeds/stored-html";

declare module "@tiptap/core" {
  interface Commands<ReturnType> {
    embed: { insertEmbed: (embed: Embed) => ReturnType };
  }
}

/**
 * A video or post from YouTube, VK Video, Telegram, X or Instagram. The article stores only the
 * provider, the id and a plain link to the original; the reader page shows a click-to-load
 * placeholder in its place (lib/embeds/reader-html.ts).
 */
export const EmbedNode = Node.create({
  name: "embed",
  group: "block",
  atom: true,
  draggable: true,

  addAttributes() {
    return {
      provider: { default: null, parseHTML: (element) => element.getAttribute("data-embed"), renderHTML: () => ({}) },
      id: { default: null, parseHTML: (element) => element.getAttribute("data-embed-id"), renderHTML: () => ({}) },
    };
  },

  parseHTML() {
    const valid = (element: HTMLElement) => (embedOf(element.getAttribute("data-embed"), element.getAttribute("data-embed-id")) ? null : false);
    return [{ tag: "figure.embed", priority: 60, getAttrs: valid }];
  },

  renderHTML({ node }) {
    const embed = embedOf(node.attrs.provider, node.attrs.id);
    if (!embed) return ["p", {}];
    const link = embedLink(embed);
    return ["figure", storedEmbedAttributes(embed), ["a", { href: link.href }, link.text]];
  },

  addCommands() {
    return {
      insertEmbed:
        ({ provider, id }) =>
        ({ commands }) =>
          commands.insertContent({ type: this.name, attrs: { provider, id } }),
    };
  },
});

/**
 * Pasting a lone embeddable address into an empty paragraph inserts the embed. Elsewhere, and
 * for any other address, pasting works as before (the link extension makes it a link). Runs
 * before the link extension's own paste handling.
 */
export const EmbedPaste = Extension.create({
  name: "embedPaste",
  priority: 1000,

  addProseMirrorPlugins() {
    const editor = this.editor;
    return [
      new Plugin({
        key: new PluginKey("embedPaste"),
        props: {
          handlePaste: (view, event) => {
            const embed = parseEmbedUrl(event.clipboardData?.getData("text/plain") ?? "");
            const { empty, $from } = view.state.selection;
            if (!embed || !empty || $from.parent.type.name !== "paragraph" || $from.parent.content.size > 0) return false;
            return editor.commands.insertEmbed(embed);
          },
        },
      }),
    ];
  },
});
