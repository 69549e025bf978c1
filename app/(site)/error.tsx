"use client";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="main" className="site-main">
      <div className="status-page">
        <h1>Что-то пошло не так</h1>
        <p>Мы уже знаем о проблеме. Попробуйте обновить страницу через минуту.</p>
        <p>
          <button type="button" className="button" onClick={reset}>
            Попробовать снова
          </button>{" "}
          {/* A full page load: after an error, nothing of the broken page should survive. */}
          {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
          <a href="/">На главную</a>
        </p>
      </div>
    </main>
  );
}
