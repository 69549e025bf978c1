import { ImageResponse } from "next/og";
import { GENERATED_IMAGE_SIZE } from "@/lib/seo/metadata";
import { OG_FONT_FAMILY, ogFonts } from "./fonts";

const BRAND = "#0b3d6e";

/** The social picture of an article without a cover: its title on the site's colours. */
export async function socialCard({ title, section, siteName }: { title: string; section: string; siteName: string }): Promise<ImageResponse> {
  const size = title.length > 90 ? 52 : title.length > 50 ? 62 : 72;
  return new ImageResponse(
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        padding: 64,
        background: BRAND,
        color: "#fff",
        fontFamily: OG_FONT_FAMILY,
      }}
    >
      <div style={{ display: "flex", fontSize: 30, color: "#ffd24d", textTransform: "uppercase", letterSpacing: 2 }}>{section}</div>
      <div style={{ display: "flex", fontSize: size, lineHeight: 1.15 }}>{title}</div>
      <div style={{ display: "flex", fontSize: 32, opacity: 0.85 }}>{siteName}</div>
    </div>,
    { ...GENERATED_IMAGE_SIZE, fonts: await ogFonts(), headers: { "cache-control": "public, max-age=86400" } },
  );
}

/** The publisher logo for structured data: the site's initial on its colour. */
export async function logoImage(siteName: string): Promise<ImageResponse> {
  return new ImageResponse(
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        alignItems: "center",
        justifyContent: "center",
        background: BRAND,
        color: "#fff",
        fontFamily: OG_FONT_FAMILY,
        fontSize: 320,
      }}
    >
      {siteName.slice(0, 1)}
    </div>,
    { width: 512, height: 512, fonts: await ogFonts(), headers: { "cache-control": "public, max-age=86400" } },
  );
}
