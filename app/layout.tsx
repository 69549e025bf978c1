import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import "@fontsource/noto-sans/400.css";
import "@fontsource/noto-sans/700.css";
import "@fontsource/pt-serif/700.css";
import "./globals.css";
import "./discovery.css";
import "./furniture.css";
import { env } from "@/lib/env";
import { paths } from "@/lib/paths";
import { siteName } from "@/lib/site";

export async function generateMetadata(): Promise<Metadata> {
  const { SITE_URL, SITE_NAME } = env();
  return {
    metadataBase: new URL(SITE_URL),
    title: { default: SITE_NAME, template: `%s — ${SITE_NAME}` },
    applicationName: SITE_NAME,
    description: `${SITE_NAME}: новости региона.`,
    openGraph: { siteName: SITE_NAME, locale: "ru_RU", type: "website" },
    twitter: { card: "summary" },
  };
}

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: "#0b3d6e",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="ru">
      <head>
        <link rel="alternate" type="application/rss+xml" title={siteName()} href={paths.feed()} />
      </head>
      <body>{children}</body>
    </html>
  );
}
