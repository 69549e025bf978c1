import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { readWxr, type WxrItem } from "@/lib/wordpress/wxr-reader";
import { generateWxr } from "./generate-export";

async function items(shape: Parameters<typeof generateWxr>[0]): Promise<WxrItem[]> {
  const found: WxrItem[] = [];
  for await (const record of readWxr(Readable.from(generateWxr(shape)))) if (record.kind === "item") found.push(record);
  return found;
}

describe("the generated export", () => {
  it("is a well-formed export of the asked size: posts, comments, attachments as covers, pages", async () => {
    const all = await items({ posts: 80, comments: 400, attachmentEvery: 8 });
    const posts = all.filter((i) => i.postType === "post");
    expect(posts).toHaveLength(80);
    expect(posts.reduce((sum, p) => sum + p.comments.length, 0)).toBe(400);
    const attachments = all.filter((i) => i.postType === "attachment");
    expect(attachments).toHaveLength(10);
    const covers = new Set(posts.flatMap((p) => p.postmeta.filter((m) => m.key === "_thumbnail_id").map((m) => Number(m.value))));
    expect(attachments.every((a) => covers.has(a.postId) && a.attachmentUrl.includes("/wp-content/uploads/"))).toBe(true);
    expect(all.filter((i) => i.postType === "page")).toHaveLength(5);
    expect(posts.some((p) => /[а-я]/.test(p.title) && p.postName.startsWith("%"))).toBe(true);
    expect(posts.some((p) => p.comments.some((c) => c.parent !== 0))).toBe(true);
  });

  it("is the same every time for the same shape", async () => {
    const text = async () => {
      let all = "";
      for await (const chunk of generateWxr({ posts: 5, comments: 20 })) all += chunk;
      return all;
    };
    expect(await text()).toBe(await text());
  });
});
