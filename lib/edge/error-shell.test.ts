import { describe, expect, it } from "vitest";
import { substituteErrorShell } from "./error-shell";
import kk from "@/lib/i18n/messages/kk.json";
import ru from "@/lib/i18n/messages/ru.json";

const pages = { notFound: "<h1>Страница не найдена</h1>", serverError: "<h1>Сайт временно недоступен</h1>" };
const shell = '<!DOCTYPE html><html id="__next_error__"><head></head><body><div hidden=""></div></body></html>';

describe("substituteErrorShell", () => {
  it("replaces Next's empty error document with the server-rendered page", () => {
    expect(substituteErrorShell(shell, 404, pages)).toBe(pages.notFound);
    expect(substituteErrorShell(shell, 500, pages)).toBe(pages.serverError);
  });

  it("leaves real pages alone", () => {
    expect(substituteErrorShell('<html lang="ru"><h1>Новости</h1></html>', 200, pages)).toContain("Новости");
    expect(substituteErrorShell('<html lang="ru"><h1>404</h1></html>', 404, pages)).toContain("404");
  });

  it("gives another edition's reader the prerendered page in their language", () => {
    const prerendered = `<!DOCTYPE html><html lang="ru"><body><h1>${ru.errors.notFound.title}</h1><p>${ru.errors.notFound.text}</p><a href="/">${ru.errors.notFound.home}</a></body></html>`;
    const page = substituteErrorShell(shell, 404, { ...pages, notFound: prerendered }, "kk");
    expect(page).toContain(`<h1>${kk.errors.notFound.title}</h1>`);
    expect(page).toContain(kk.errors.notFound.text);
    expect(page).toContain(kk.errors.notFound.home);
    expect(page).not.toContain(ru.errors.notFound.title);
    expect(substituteErrorShell(shell, 404, { ...pages, notFound: prerendered }, "ru")).toBe(prerendered);
  });
});
