"use client";

import { messagesFor } from "@/lib/i18n/messages";
import { usePageLanguage } from "@/lib/i18n/use-page-language";

export default function GlobalError() {
  const language = usePageLanguage();
  const t = messagesFor(language).errors.unavailable;
  return (
    <html lang={language}>
      <body>
        <main style={{ fontFamily: "sans-serif", maxWidth: "40rem", margin: "4rem auto", padding: "0 1rem" }}>
          <h1>{t.title}</h1>
          <p>{t.text}</p>
          <p>
            {/* A full page load: after an error, nothing of the broken page should survive. */}
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
            <a href="/">{t.home}</a>
          </p>
        </main>
      </body>
    </html>
  );
}
