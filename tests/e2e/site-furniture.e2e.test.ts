import { XMLParser, XMLValidator } from "fast-xml-parser";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser } from "./support/browser";
import { signIn as signInAs } from "./support/sign-in";
import { htmlErrors } from "./support/html-validator";

const baseUrl = inject("baseUrl");
const fixtures = inject("readerFixtures");
const { admin } = inject("newsroom");

const PNG_SIGNATURE = "89504e470d0a1a0a";
const html = async (path: string) => (await fetch(baseUrl + path)).text();

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const signIn = () => signInAs(browser, admin);

/** Polls the page anonymously until `test` holds; how long it took, or null after `limitMs`. */
async function timeUntil(path: string, test: (body: string) => boolean, limitMs: number): Promise<number | null> {
  const started = Date.now();
  while (Date.now() - started <= limitMs) {
    if (test(await html(path))) return Date.now() - started;
    await new Promise((r) => setTimeout(r, 25));
  }
  return null;
}

/** The width and height in a PNG's IHDR. */
function pngSize(png: Buffer): [number, number] {
  expect(png.subarray(0, 8).toString("hex")).toBe(PNG_SIGNATURE);
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

describe("menus", () => {
  it("shows an item an administrator adds to the header menu on the home page within a second; its dropdown opens without JavaScript", async () => {
    const page = await signIn();
    await page.locator("summary", { hasText: "Сайт" }).click();
    await page.getByRole("link", { name: "Меню", exact: true }).click();
    await page.waitForURL("**/admin/menus");
    const header = page.locator("#menu-header");
    const add = header.locator("form.menu-add-form");
    const label = `Спецпроект ${Date.now()}`;

    await add.locator("select[name=kind]").selectOption("URL");
    await add.locator("input[name=url]").fill("javascript:alert(1)");
    await add.locator("input[name=label]").fill(label);
    await add.getByRole("button", { name: "Добавить" }).click();
    await header.getByText("Укажите адрес вида https://… или /путь на сайте (можно mailto: и tel:).").waitFor();

    await add.locator("input[name=url]").fill("/o-redaktsii");
    await add.locator("input[name=label]").fill(label);
    await add.getByRole("button", { name: "Добавить" }).click();
    await header.getByText("Пункт добавлен.").waitFor();
    const shownAfter = await timeUntil("/", (body) => body.includes(label), 1_000);
    expect(shownAfter, "the home page showed the new item").not.toBeNull();

    // The item gets a sub-item: the header then holds a dropdown.
    await page.reload();
    await add.locator("select[name=kind]").selectOption("PAGE");
    await add.locator("select[name=pageId]").selectOption({ label: "Контакты" });
    await add.locator("input[name=label]").fill("Как нас найти");
    await add.locator("select[name=parentId]").selectOption({ label });
    await add.getByRole("button", { name: "Добавить" }).click();
    await header.getByText("Пункт добавлен.").waitFor();
    expect(await timeUntil("/", (body) => body.includes("Как нас найти"), 1_000)).not.toBeNull();

    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const reader = await noJs.newPage();
    await reader.goto(baseUrl + "/");
    const nav = reader.locator("nav[aria-label='Рубрики']");
    const subItem = nav.getByRole("link", { name: "Как нас найти" });
    expect(await subItem.isVisible()).toBe(false);
    expect(await nav.getByRole("link", { name: fixtures.category.name }).isVisible()).toBe(true);
    await nav.locator("summary", { hasText: label }).click();
    await subItem.waitFor({ state: "visible" });
    await subItem.click();
    await reader.waitForURL("**/kontakty");
    expect(await reader.locator("h1").first().innerText()).toBe("Контакты");
    await noJs.close();

    const home = await html("/");
    expect(home).toMatch(/<details class="main-nav__group" name="main-nav"><summary>/);
    expect(await htmlErrors({ home })).toEqual([]);

    // Back to the default menu, as the other tests expect it.
    await page.reload();
    await header.getByRole("button", { name: "Вернуть меню по умолчанию" }).click();
    await page.waitForURL(/\/admin\/menus\?status=reset$/);
    expect(await timeUntil("/", (body) => !body.includes(label), 1_000)).not.toBeNull();
  });

  it("gives the footer its menus, the outlet's details, the age mark and the registration note", async () => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${baseUrl}/${fixtures.article.slug}`);
    const footer = page.locator("footer");
    expect(await footer.getByRole("link", { name: "О редакции" }).count()).toBe(1);
    expect(await footer.getByRole("link", { name: "Лента для Дзена" }).getAttribute("href")).toBe("/feed/zen");
    expect(await footer.locator(".age-mark").innerText()).toContain("16+");
    expect(await footer.innerText()).toContain("Свидетельство о постановке на учёт");
  });

  it("shows a change to the registration note made in «Оформление» within a second", async () => {
    const page = await signIn();
    await page.locator("summary", { hasText: "Сайт" }).click();
    await page.getByRole("link", { name: "Оформление" }).click();
    await page.waitForURL("**/admin/branding");
    await page.getByRole("heading", { level: 1, name: "Оформление и реквизиты" }).waitFor();
    const note = page.locator("#registrationNote");
    const original = await note.inputValue();
    const changed = `Свидетельство о постановке на учёт № ${Date.now()}-СИ`;
    await page.fill("#social_vk", "https://example.com/not-vk");
    await page.fill("#registrationNote", changed);
    await page.getByRole("button", { name: "Сохранить" }).click();
    await page.getByText("Ссылка ВКонтакте: https://vk.com/…").waitFor();
    await page.fill("#social_vk", "");
    await page.getByRole("button", { name: "Сохранить" }).click();
    await page.getByText("Оформление и реквизиты сохранены.").waitFor();
    expect(await timeUntil(`/${fixtures.article.slug}`, (body) => body.includes(changed), 1_000)).not.toBeNull();
    await page.fill("#registrationNote", original);
    await page.getByRole("button", { name: "Сохранить" }).click();
    expect(await timeUntil("/", (body) => !body.includes(changed), 5_000)).not.toBeNull();
  });
});

describe("icons and the web manifest", () => {
  it("links a versioned favicon, Apple icon and manifest from every reader page's head", async () => {
    for (const path of ["/", `/${fixtures.article.slug}`, `/category/${fixtures.category.slug}`, "/o-redaktsii"]) {
      const head = (await html(path)).split("</head>")[0]!;
      expect(head, path).toMatch(/<link rel="icon" href="\/favicon\.ico\?v=[\w-]+" sizes="48x48"\/>/);
      expect(head, path).toMatch(/<link rel="apple-touch-icon" href="\/apple-touch-icon\.png\?v=[\w-]+"\/>/);
      expect(head, path).toMatch(/<link rel="manifest" href="\/manifest\.webmanifest\?v=[\w-]+"\/>/);
    }
  });

  it("serves /favicon.ico as a real ICO of 16, 32 and 48 px PNGs, long-cached under its versioned URL", async () => {
    const href = /<link rel="icon" href="([^"]+)"/.exec(await html("/"))![1]!;
    const versioned = await fetch(baseUrl + href);
    expect(versioned.status).toBe(200);
    expect(versioned.headers.get("content-type")).toMatch(/^image\/(x-icon|vnd\.microsoft\.icon)$/);
    expect(versioned.headers.get("cache-control")).toContain("max-age=31536000");
    const ico = Buffer.from(await versioned.arrayBuffer());
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
    const sizes = Array.from({ length: ico.readUInt16LE(4) }, (_, i) => {
      const entry = 6 + 16 * i;
      const data = ico.subarray(ico.readUInt32LE(entry + 12), ico.readUInt32LE(entry + 12) + ico.readUInt32LE(entry + 8));
      expect(pngSize(data)).toEqual([ico.readUInt8(entry), ico.readUInt8(entry + 1)]);
      return ico.readUInt8(entry);
    });
    expect(sizes).toEqual([16, 32, 48]);

    const bare = await fetch(baseUrl + "/favicon.ico");
    expect(bare.status).toBe(200);
    expect(Buffer.from(await bare.arrayBuffer()).equals(ico)).toBe(true);

    const page = await (await browser.newContext()).newPage();
    const response = await page.goto(baseUrl + "/favicon.ico");
    expect(response?.status()).toBe(200);
  });

  it("serves a valid web manifest whose icons are reachable PNGs of the sizes it states", async () => {
    const href = /<link rel="manifest" href="([^"]+)"/.exec(await html("/"))![1]!;
    const response = await fetch(baseUrl + href);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("application/manifest+json");
    const manifest = (await response.json()) as {
      name: string;
      short_name: string;
      start_url: string;
      display: string;
      icons: { src: string; sizes: string; type: string }[];
    };
    expect(manifest.name.length).toBeGreaterThan(0);
    expect(manifest.short_name.length).toBeLessThanOrEqual(12);
    expect(manifest.start_url).toBe("/");
    expect(manifest.icons.map((i) => i.sizes)).toEqual(["192x192", "512x512"]);
    for (const icon of [
      ...manifest.icons,
      { src: "/apple-touch-icon.png", sizes: "180x180", type: "image/png" },
      { src: "/icon-32.png", sizes: "32x32", type: "image/png" },
    ]) {
      const image = await fetch(new URL(icon.src, baseUrl));
      expect(image.status, icon.src).toBe(200);
      expect(image.headers.get("content-type"), icon.src).toBe(icon.type);
      expect(pngSize(Buffer.from(await image.arrayBuffer())).join("x"), icon.src).toBe(icon.sizes);
    }
  });
});

describe("previews that work everywhere", () => {
  const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === "item" });

  it("points og:image at a JPEG the server makes from the stored WebP", async () => {
    const image = /<meta property="og:image" content="([^"]+)"/.exec(await html(`/${fixtures.article.slug}`))![1]!;
    expect(image).toMatch(/\/media\/[a-z0-9_-]+\/\d+\.jpg$/);
    const response = await fetch(baseUrl + new URL(image).pathname);
    expect(response.headers.get("content-type")).toBe("image/jpeg");
    expect(
      Buffer.from(await response.arrayBuffer())
        .subarray(0, 3)
        .toString("hex"),
    ).toBe("ffd8ff");
    // Pages themselves keep WebP.
    expect(await html(`/${fixtures.article.slug}`)).toMatch(/<img[^>]+srcset="[^"]*\.webp \d+w/i);
  });

  it("gives RSS items a JPEG enclosure whose length is the file's", async () => {
    const text = await html("/feed");
    expect(XMLValidator.validate(text)).toBe(true);
    const item = (parser.parse(text).rss.channel.item as any[]).find((i) => i.enclosure);
    expect(item.enclosure["@_type"]).toBe("image/jpeg");
    const jpeg = await fetch(baseUrl + new URL(item.enclosure["@_url"]).pathname);
    expect(jpeg.headers.get("content-type")).toBe("image/jpeg");
    expect((await jpeg.arrayBuffer()).byteLength).toBe(Number(item.enclosure["@_length"]));
  });

  it("serves /feed/zen: full text for Яндекс, HTML with JPEG images for Дзен", async () => {
    const response = await fetch(baseUrl + "/feed/zen");
    expect(response.headers.get("content-type")).toContain("application/rss+xml");
    const text = await response.text();
    expect(XMLValidator.validate(text)).toBe(true);
    const rss = parser.parse(text).rss;
    expect(rss["@_xmlns:yandex"]).toBe("http://news.yandex.ru");
    const items = rss.channel.item as any[];
    expect(items.length).toBeGreaterThan(10);
    // The demo articles' whole text (other tests add a few short ones).
    expect(items.filter((item) => String(item["yandex:full-text"]).length > 500).length).toBeGreaterThan(items.length / 2);
    for (const item of items) {
      expect(String(item["yandex:full-text"]).trim()).not.toBe("");
      expect(String(item["yandex:full-text"])).not.toMatch(/<\/?p>/);
      expect(String(item["content:encoded"])).not.toContain(".webp");
      expect(item["media:rating"]["#text"]).toBe("nonadult");
    }
  });
});

describe("budgets", () => {
  it("keeps reader pages without ads under 60 KB of HTML and free of framework JavaScript", async () => {
    for (const path of ["/", `/category/${fixtures.category.slug}`, "/o-redaktsii"]) {
      const body = await html(path);
      expect(Buffer.byteLength(body), path).toBeLessThanOrEqual(60 * 1024);
      expect(body, path).not.toMatch(/<script[^>]+src="\/_next\//);
      expect(body, path).not.toContain("__next_f");
    }
  });
});
