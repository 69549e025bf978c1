/** Cities whose zone a newsroom may run in, in the genitive («время Алматы»). */
const CITIES: Record<string, string> = {
  "Asia/Almaty": "Алматы",
  "Asia/Qostanay": "Костаная",
  "Asia/Aqtobe": "Актобе",
  "Asia/Aqtau": "Актау",
  "Asia/Atyrau": "Атырау",
  "Asia/Oral": "Уральска",
  "Asia/Qyzylorda": "Кызылорды",
  "Asia/Tashkent": "Ташкента",
  "Asia/Bishkek": "Бишкека",
  "Europe/Moscow": "Москвы",
};

/** «UTC+5» for `timeZone` at `at`. */
export function utcOffsetLabel(timeZone: string, at: Date): string {
  const part = new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "shortOffset" }).formatToParts(at).find((p) => p.type === "timeZoneName");
  const offset = (part?.value ?? "GMT").replace(/^GMT/, "");
  return `UTC${offset || "+0"}`;
}

/** What a date-time field's times mean: «время Алматы (UTC+5)». */
export function timeZoneHint(timeZone: string, at = new Date()): string {
  const city = CITIES[timeZone];
  return `${city ? `время ${city}` : "время сайта"} (${utcOffsetLabel(timeZone, at)})`;
}
