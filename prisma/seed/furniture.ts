import type { Prisma } from "@/lib/generated/prisma/client";
import { BRANDING_SETTING_KEY, LANGUAGES_SETTING_KEY } from "@/lib/cache/tags";

type Tx = Prisma.TransactionClient;

/**
 * The demo outlet's footer details. No name: it stays SITE_NAME's. No social links: the demo has
 * no real profiles to point at. The header keeps its default menu (every category in order).
 */
const DEMO_BRANDING = {
  description: "Новости Восточно-Казахстанской области: общество, экономика, происшествия, спорт и культура.",
  contacts: { address: "070004, Усть-Каменогорск, проспект Независимости, 21, офис 305", phone: "+7 (7232) 00-00-00", email: "redaktsiya@vestnik.example" },
  ageMark: "16+",
  registrationNote:
    "Свидетельство о постановке на учёт периодического печатного издания и (или) сетевого издания № 00000-СИ выдано Министерством информации и общественного развития Республики Казахстан (демонстрационные данные).",
  copyright: "Региональное информационное издание. При использовании материалов ссылка на источник обязательна.",
};

/** Both editions on; Russian is the default one. */
const DEMO_LANGUAGES = { enabled: ["ru", "kk"], default: "ru" };

/** The second footer menu: the feeds and the search, for readers who look for them at the bottom. */
const SECOND_FOOTER_MENU = [
  { label: "RSS-лента", url: "/feed" },
  { label: "Лента для Дзена", url: "/feed/zen" },
  { label: "Поиск по сайту", url: "/search" },
];

/** A branding or editions setting someone already saved is kept, even through a reset of the demo content. */
export async function insertSeedFurniture(tx: Tx): Promise<void> {
  await tx.setting.createMany({
    data: [
      { key: BRANDING_SETTING_KEY, value: DEMO_BRANDING },
      { key: LANGUAGES_SETTING_KEY, value: DEMO_LANGUAGES },
    ],
    skipDuplicates: true,
  });
  const menu = await tx.menu.create({ data: { location: "FOOTER_2" }, select: { id: true } });
  await tx.menuItem.createMany({ data: SECOND_FOOTER_MENU.map((item, position) => ({ menuId: menu.id, kind: "URL" as const, position, ...item })) });
}

/** Menus point at the categories and pages a reset deletes: they go with them. */
export async function deleteSeedFurniture(tx: Tx): Promise<void> {
  await tx.menu.deleteMany();
}
