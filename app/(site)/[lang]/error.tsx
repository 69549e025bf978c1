"use client";

import { messagesFor } from "@/lib/i18n/messages";
import { usePageLanguage } from "@/lib/i18n/use-page-language";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = messagesFor(usePageLanguage()).errors.failed;
  return (
    <main id="main" className="site-main">
      <div className="status-page">
        <h1>{t.title}</h1>
        <p>{t.text}</p>
        <p>
          <button type="button" className="button" onClick={reset}>
            {t.retry}
          </button>{" "}
          {/* A full page load: after an error, nothing of the broken page should survive. */}
          {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
          <a href="/">{t.home}</a>
        </p>
      </div>
    </main>
  );
}
