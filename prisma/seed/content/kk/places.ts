/** Kazakh forms of the demo's places. The first entries run parallel to ../places.ts (same order). */
export type KkCity = {
  name: string;
  /** Genitive, locative, dative and ablative: Павлодардың, Павлодарда, Павлодарға, Павлодардан. */
  gen: string;
  loc: string;
  dat: string;
  abl: string;
  /** A resident or a thing of the city: павлодарлық. */
  adj: string;
  weight: number;
  /** Street names without «көшесі». */
  streets: readonly string[];
};
export type KkDistrict = { name: string; gen: string; loc: string; villages: readonly string[] };

const PAVLODAR: KkCity = {
  name: "Павлодар",
  gen: "Павлодардың",
  loc: "Павлодарда",
  dat: "Павлодарға",
  abl: "Павлодардан",
  adj: "павлодарлық",
  weight: 40,
  streets: [
    "Торайғыров",
    "Естай",
    "Академик Сәтбаев",
    "Кутузов",
    "Ломов",
    "Қамзин",
    "Толстой",
    "Луначарский",
    "Академик Бектұров",
    "Кривенко",
    "Абай",
    "Жаяу Мұса",
  ],
};
const EKIBASTUZ: KkCity = {
  name: "Екібастұз",
  gen: "Екібастұздың",
  loc: "Екібастұзда",
  dat: "Екібастұзға",
  abl: "Екібастұздан",
  adj: "екібастұздық",
  weight: 18,
  streets: ["Мәшһүр Жүсіп", "Энергетиктер", "Әуезов", "Сәтбаев", "Торайғыров", "Құрылысшылар", "Қонаев", "Кеншілер"],
};
const AKSU: KkCity = {
  name: "Ақсу",
  gen: "Ақсудың",
  loc: "Ақсуда",
  dat: "Ақсуға",
  abl: "Ақсудан",
  adj: "ақсулық",
  weight: 10,
  streets: ["Пушкин", "Темір жол", "Әуезов", "Қамзин", "Энергетиктер", "Абай"],
};
const OSKEMEN: KkCity = {
  name: "Өскемен",
  gen: "Өскеменнің",
  loc: "Өскеменде",
  dat: "Өскеменге",
  abl: "Өскеменнен",
  adj: "өскемендік",
  weight: 20,
  streets: ["Қазақстан", "Протозанов", "Бажов", "Ушанов", "Головков", "Михаэлис"],
};
const SEMEY: KkCity = {
  name: "Семей",
  gen: "Семейдің",
  loc: "Семейде",
  dat: "Семейге",
  abl: "Семейден",
  adj: "семейлік",
  weight: 14,
  streets: ["Абай Құнанбаев", "Шәкәрім", "Қабанбай батыр", "Найманбаев", "Уранхаев"],
};

/** Parallel to CITIES in ../places.ts: a translated article keeps its city. */
export const KK_PAIRED_CITIES: readonly KkCity[] = [PAVLODAR, EKIBASTUZ, AKSU];
/** Every city a Kazakh-only story may be set in. */
export const KK_CITIES: readonly KkCity[] = [PAVLODAR, EKIBASTUZ, AKSU, OSKEMEN, SEMEY];

const district = (name: string, villages: readonly string[]): KkDistrict => ({
  name: `${name} ауданы`,
  gen: `${name} ауданының`,
  loc: `${name} ауданында`,
  villages,
});

/** Parallel to DISTRICTS in ../places.ts. */
export const KK_PAIRED_DISTRICTS: readonly KkDistrict[] = [
  district("Баянауыл", ["Баянауыл", "Майқайың", "Торайғыр", "Жасыбай"]),
  district("Ертіс", ["Ертіс", "Қосағаш", "Қарақұдық", "Голубовка"]),
  district("Май", ["Көктөбе", "Саты", "Кентүбек"]),
  district("Железин", ["Железинка", "Михайловка", "Озёрное", "Алакаска"]),
  district("Тереңкөл", ["Тереңкөл", "Ивановка", "Федоровка", "Бобровка"]),
  district("Успен", ["Успенка", "Қоңырөзек", "Равнополь", "Ольгино"]),
  district("Шарбақты", ["Шарбақты", "Галкино", "Жылыбұлақ", "Хмельницкое"]),
  district("Павлодар", ["Мичурин", "Заря", "Кенжекөл", "Розовка", "Ямышево"]),
  district("Ақтоғай", ["Ақтоғай", "Жаңатан", "Қарақоға", "Шолақсор"]),
  district("Аққулы", ["Аққулы", "Қызылағаш", "Шалдай", "Жамбыл"]),
];

export const KK_DISTRICTS: readonly KkDistrict[] = [
  ...KK_PAIRED_DISTRICTS,
  district("Ұлан", ["Қасым Қайсенов", "Асубұлақ", "Таврия"]),
  district("Глубокое", ["Глубокое", "Белоусовка", "Прапорщиково"]),
  district("Абай", ["Қарауыл", "Кеңгірбай би", "Саржал"]),
];
