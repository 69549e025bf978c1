"use client";

export default function GlobalError() {
  return (
    <html lang="ru">
      <body>
        <main style={{ fontFamily: "sans-serif", maxWidth: "40rem", margin: "4rem auto", padding: "0 1rem" }}>
          <h1>Сайт временно недоступен</h1>
          <p>Произошла ошибка на сервере. Пожалуйста, обновите страницу через минуту.</p>
          <p>
            {/* A full page load: after an error, nothing of the broken page should survive. */}
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
            <a href="/">На главную</a>
          </p>
        </main>
      </body>
    </html>
  );
}
