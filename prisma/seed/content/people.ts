export type Gender = "m" | "f";

const MALE = [
  "Асхат",
  "Ерлан",
  "Нурлан",
  "Бауыржан",
  "Серик",
  "Марат",
  "Данияр",
  "Ержан",
  "Канат",
  "Арман",
  "Тимур",
  "Дмитрий",
  "Сергей",
  "Андрей",
  "Виктор",
  "Александр",
  "Игорь",
  "Павел",
  "Олег",
  "Руслан",
  "Жандос",
  "Айдос",
  "Ринат",
  "Максим",
];
const FEMALE = [
  "Айгуль",
  "Гульнара",
  "Динара",
  "Жанар",
  "Салтанат",
  "Асель",
  "Мадина",
  "Алия",
  "Камила",
  "Елена",
  "Ольга",
  "Наталья",
  "Татьяна",
  "Ирина",
  "Светлана",
  "Марина",
  "Юлия",
  "Анастасия",
  "Гаухар",
  "Назгуль",
  "Людмила",
  "Айжан",
];
/** Surnames whose feminine form adds "а". */
const DECLINED = [
  "Бекенов",
  "Жумабаев",
  "Касымов",
  "Сарсенов",
  "Ахметов",
  "Искаков",
  "Нургалиев",
  "Оспанов",
  "Мухамедиев",
  "Тулегенов",
  "Садыков",
  "Калиев",
  "Абдрахманов",
  "Есенов",
  "Шайхин",
  "Байжанов",
  "Смагулов",
  "Иванов",
  "Петров",
  "Смирнов",
  "Кузнецов",
  "Волков",
  "Морозов",
  "Лебедев",
  "Соколов",
  "Новиков",
  "Федоров",
  "Зайцев",
  "Белов",
  "Поляков",
  "Гусев",
];
const INVARIANT = ["Ким", "Шевченко", "Ткаченко", "Пак", "Цой", "Бондаренко", "Шульц", "Кравец"];

export type Person = { name: string; gender: Gender };

export function personName(gender: Gender, first: number, last: number): string {
  const firstNames = gender === "m" ? MALE : FEMALE;
  const surnames = [...DECLINED, ...INVARIANT];
  const surname = surnames[last % surnames.length] as string;
  const formed = gender === "f" && DECLINED.includes(surname) ? `${surname}а` : surname;
  return `${firstNames[first % firstNames.length]} ${formed}`;
}

export const NAME_POOL_SIZE = { first: Math.max(MALE.length, FEMALE.length), last: DECLINED.length + INVARIANT.length };

/** Fictional organisations mentioned in economy/utility stories. */
export const COMPANIES = [
  "ТОО «Ертіс Су Сервис»",
  "АО «Северная энергосетевая компания»",
  "ТОО «Экибастуз Жылу»",
  "ТОО «Прииртышская строительная группа»",
  "ТОО «Агрофирма Береке»",
  "ТОО «Ертіс Агро»",
  "ТОО «Иртыш Металлоконструкция»",
  "ТОО «Аксу Металл Сервис»",
  "ТОО «Степной хлеб»",
  "ТОО «Дорстрой-Север»",
  "ТОО «Павлодар Полимер»",
  "ТОО «Баянтау Тур»",
];
