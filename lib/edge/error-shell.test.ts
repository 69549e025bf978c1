import { describe, expect, it } from "vitest";
import { substituteErrorShell } from "./error-shell";

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
});
