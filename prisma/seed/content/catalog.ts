import { culture } from "./culture";
import { economy } from "./economy";
import { education } from "./education";
import { health } from "./health";
import { incidents } from "./incidents";
import { politics } from "./politics";
import { society } from "./society";
import { sport } from "./sport";
import type { CategoryContent } from "./types";

/** Categories in display order. */
export const CATEGORIES: readonly CategoryContent[] = [society, politics, economy, incidents, sport, culture, education, health];

export const TAGS = [
  "ЖКХ",
  "отопление",
  "водоснабжение",
  "благоустройство",
  "дороги",
  "транспорт",
  "строительство",
  "пенсионеры",
  "волонтёры",
  "молодёжь",
  "село",
  "экология",
  "Иртыш",
  "акимат",
  "маслихат",
  "бюджет",
  "выборы",
  "встречи с населением",
  "инвестиции",
  "малый бизнес",
  "сельское хозяйство",
  "цены",
  "занятость",
  "промышленность",
  "ДТП",
  "пожар",
  "мошенничество",
  "полиция",
  "ЧС",
  "погода",
  "футбол",
  "хоккей",
  "единоборства",
  "массовый спорт",
  "театр",
  "музей",
  "Наурыз",
  "библиотеки",
  "концерты",
  "школы",
  "ЕНТ",
  "колледжи",
  "детские сады",
  "больницы",
  "вакцинация",
  "здоровый образ жизни",
] as const;

/** Tags an article of any topic may additionally get, by a keyword in its text. */
export const EXTRA_TAGS_BY_KEYWORD: ReadonlyArray<[RegExp, string]> = [
  [/Иртыш/, "Иртыш"],
  [/дорог/, "дороги"],
  [/строительств/, "строительство"],
  [/пенсионер|пожил/, "пенсионеры"],
  [/молодёж|студент/, "молодёжь"],
  [/выброс|экологи|деревьев|саженц/, "экология"],
  [/в селе|сельск/, "село"],
];

export type AuthorSeed = {
  name: string;
  email: string;
  role: "AUTHOR" | "EDITOR";
  bio: string;
  /** Relative weight per category (same order as CATEGORIES). */
  beats: readonly number[];
};

export const AUTHORS: readonly AuthorSeed[] = [
  {
    name: "Айгерим Сарсенова",
    email: "a.sarsenova@vestnik.example",
    role: "EDITOR",
    bio: "Главный редактор «Вестника Региона». В журналистике с 2008 года, пишет о власти и городском хозяйстве.",
    beats: [2, 4, 2, 1, 0, 1, 1, 1],
  },
  {
    name: "Дмитрий Волков",
    email: "d.volkov@vestnik.example",
    role: "EDITOR",
    bio: "Выпускающий редактор. Отвечает за оперативные новости и раздел происшествий.",
    beats: [1, 1, 1, 5, 1, 0, 0, 1],
  },
  {
    name: "Алия Жумабаева",
    email: "a.zhumabaeva@vestnik.example",
    role: "AUTHOR",
    bio: "Корреспондент отдела экономики. Пишет о промышленности, сельском хозяйстве и малом бизнесе.",
    beats: [1, 1, 6, 0, 0, 0, 1, 0],
  },
  {
    name: "Ерлан Касымов",
    email: "e.kasymov@vestnik.example",
    role: "AUTHOR",
    bio: "Спортивный обозреватель, бывший футболист. Освещает футбол, хоккей и единоборства.",
    beats: [0, 0, 0, 1, 8, 1, 0, 0],
  },
  {
    name: "Наталья Белова",
    email: "n.belova@vestnik.example",
    role: "AUTHOR",
    bio: "Корреспондент отдела культуры и образования. Любит театр, музеи и истории учителей.",
    beats: [1, 0, 0, 0, 0, 5, 4, 1],
  },
  {
    name: "Тимур Ахметов",
    email: "t.akhmetov@vestnik.example",
    role: "AUTHOR",
    bio: "Репортёр. Ездит по сёлам области и пишет о том, как там живут люди.",
    beats: [5, 1, 2, 2, 1, 1, 1, 1],
  },
  {
    name: "Ольга Кравченко",
    email: "o.kravchenko@vestnik.example",
    role: "AUTHOR",
    bio: "Корреспондент социального отдела. Пишет о здравоохранении, социальной помощи и волонтёрах.",
    beats: [3, 0, 0, 1, 0, 0, 1, 6],
  },
];
