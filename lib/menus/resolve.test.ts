import { describe, expect, it } from "vitest";
import { resolveMenuLinks, type MenuItemRow } from "./resolve";

const row = (id: number, fields: Partial<MenuItemRow>): MenuItemRow => ({
  id,
  parentId: null,
  position: id,
  kind: "URL",
  label: "",
  url: null,
  category: null,
  page: null,
  ...fields,
});

describe("a saved menu as readers see it", () => {
  it("orders items, nests sub-items, names them after their target unless labelled", () => {
    const links = resolveMenuLinks([
      row(3, { kind: "URL", url: "https://vk.com/vestnik", label: "Мы ВКонтакте", position: 0 }),
      row(1, { kind: "CATEGORY", category: { name: "Спорт", slug: "sport" }, position: 1 }),
      row(2, {
        kind: "PAGE",
        page: { title: "Реклама", slug: "reklama", status: "PUBLISHED", parent: { slug: "o-redaktsii", status: "PUBLISHED" } },
        parentId: 1,
        label: "",
      }),
      row(4, { kind: "URL", url: "/feed", label: "RSS", parentId: 1, position: 0 }),
    ]);
    expect(links).toEqual([
      { label: "Мы ВКонтакте", href: "https://vk.com/vestnik", categorySlug: null, external: true, children: [] },
      {
        label: "Спорт",
        href: "/category/sport",
        categorySlug: "sport",
        external: false,
        children: [
          { label: "RSS", href: "/feed", categorySlug: null, external: false, children: [] },
          { label: "Реклама", href: "/o-redaktsii/reklama", categorySlug: null, external: false, children: [] },
        ],
      },
    ]);
  });

  it("leaves out pages readers cannot open, with whatever sits under them", () => {
    const links = resolveMenuLinks([
      row(1, { kind: "PAGE", page: { title: "Черновик", slug: "chernovik", status: "DRAFT", parent: null } }),
      row(2, { kind: "URL", url: "/a", label: "Под черновиком", parentId: 1 }),
      row(3, { kind: "PAGE", page: { title: "Дочерняя", slug: "doch", status: "PUBLISHED", parent: { slug: "skrytaya", status: "DRAFT" } } }),
      row(4, { kind: "PAGE", page: { title: "Контакты", slug: "kontakty", status: "PUBLISHED", parent: null }, label: "Связаться" }),
    ]);
    expect(links.map((l) => [l.label, l.href])).toEqual([["Связаться", "/kontakty"]]);
  });
});
