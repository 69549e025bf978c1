import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { sniffImageType } from "./sniff";

const pixel = () => sharp({ create: { width: 4, height: 4, channels: 3, background: "#c00" } });

describe("image type sniffing", () => {
  it("recognises JPEG, PNG, WebP and AVIF by content", async () => {
    expect(sniffImageType(await pixel().jpeg().toBuffer())).toBe("image/jpeg");
    expect(sniffImageType(await pixel().png().toBuffer())).toBe("image/png");
    expect(sniffImageType(await pixel().webp().toBuffer())).toBe("image/webp");
    expect(sniffImageType(await pixel().avif().toBuffer())).toBe("image/avif");
  });

  it("refuses anything else, such as SVG, GIF or a script named .jpg", async () => {
    expect(sniffImageType(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull();
    expect(sniffImageType(await pixel().gif().toBuffer())).toBeNull();
    expect(sniffImageType(Buffer.from("<script>alert(1)</script>"))).toBeNull();
  });
});
