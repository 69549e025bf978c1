import { STATUS_LABELS } from "@/lib/articles/status-labels";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { PLACEMENT_LABELS } from "@/lib/ads/placements";
import { MENU_LOCATION_LABELS } from "@/lib/menus/types";

/** One stored audit line as the log shows it. */
export type AuditEntry = { action: string; subject: string; details: unknown; userName: string | null };

type Details = Record<string, unknown>;
/** What was done, after the person's name: a verb with «(а)» for either gender, and its object. */
type Phrase = (d: Details, subject: string) => string;

const text = (value: unknown): string | null => (typeof value === "string" && value.trim() !== "" ? value : null);
const num = (value: unknown): number | null => (typeof value === "number" && Number.isFinite(value) ? value : null);
const quoted = (value: unknown, fallback: string): string => (text(value) ? `«${text(value)}»` : fallback);
/** The id in a subject such as "article:12" */
const subjectId = (subject: string): string => subject.split(",")[0]?.split(":")[1] ?? "";
const articleName = (d: Details, subject: string) => quoted(d.title, `№ ${subjectId(subject)}`);
const statusLabel = (value: unknown): string | null =>
  typeof value === "string" && value in STATUS_LABELS ? STATUS_LABELS[value as keyof typeof STATUS_LABELS] : null;
const roleLabel = (value: unknown): string => (typeof value === "string" && value in ROLE_LABELS ? ROLE_LABELS[value as keyof typeof ROLE_LABELS] : "—");
const menuName = (subject: string): string => {
  const location = subject.replace(/^menu:/, "");
  return location in MENU_LOCATION_LABELS ? `«${MENU_LOCATION_LABELS[location as keyof typeof MENU_LOCATION_LABELS]}»` : "";
};
const commentCount = (d: Details): string => {
  const n = num(d.count) ?? 1;
  return n === 1 ? "комментарий" : `комментарии (${n})`;
};

const articleStatus =
  (verb: string): Phrase =>
  (d, s) =>
    `${verb} статью ${articleName(d, s)}`;

/**
 * Every action key the code writes to the audit log (phrases.test.ts beside this file finds them in
 * the source), as Russian words. A key missing here still reads as words, never as the key.
 */
export const AUDIT_PHRASES: Record<string, Phrase> = {
  "article.published": articleStatus("опубликовал(а)"),
  "article.scheduled": articleStatus("запланировал(а)"),
  "article.draft": articleStatus("вернул(а) в черновики"),
  "article.pending": articleStatus("отправил(а) на проверку"),
  "article.published-on-schedule": (d, s) => `опубликовал(а) по расписанию статью ${quoted(d.title, `№ ${subjectId(s)}`)}`,
  "article.revision-restored": (d, s) => `восстановил(а) прежнюю версию статьи ${articleName(d, s)}`,
  "article.category": (d, s) => `перенес(ла) статью ${articleName(d, s)} в рубрику ${quoted(d.category, "")}`,
  "article.breaking": (d, s) => `отметил(а) статью ${articleName(d, s)} как срочную`,
  "article.breaking-off": (d, s) => `снял(а) отметку «Срочно» со статьи ${articleName(d, s)}`,
  "article.trashed": (d, s) => `переместил(а) в корзину статью ${articleName(d, s)}`,
  "article.restored": (d, s) => `восстановил(а) из корзины статью ${articleName(d, s)}`,
  "article.purged": (d, s) => `удалил(а) навсегда статью ${articleName(d, s)}`,
  "comment.approve": (d) => `одобрил(а) ${commentCount(d)}`,
  "comment.unapprove": (d) => `вернул(а) на проверку ${commentCount(d)}`,
  "comment.spam": (d) => `пометил(а) как спам ${commentCount(d)}`,
  "comment.trash": (d) => `отправил(а) в корзину ${commentCount(d)}`,
  "comment.delete": (d) => `удалил(а) ${commentCount(d)}`,
  "comment.edit": () => "отредактировал(а) комментарий",
  "comment.reply": () => "ответил(а) на комментарий от имени редакции",
  "settings.comment-keys": () => "изменил(а) правила комментариев",
  "user.create": (d) => `создал(а) пользователя ${text(d.email) ?? ""}`,
  "user.role": (d) => `сменил(а) роль пользователя: ${roleLabel(d.from)} → ${roleLabel(d.to)}`,
  "user.disable": (d) => `отключил(а) пользователя ${text(d.email) ?? ""}`,
  "user.enable": (d) => `включил(а) пользователя ${text(d.email) ?? ""}`,
  "user.signout": (d) => `завершил(а) сеансы пользователя ${text(d.email) ?? ""}`,
  "user.profile": () => "изменил(а) свой профиль",
  "user.password": () => "сменил(а) свой пароль",
  "session.end": () => "вышел(ла) из системы",
  "session.end-others": () => "завершил(а) свои сеансы на других устройствах",
  "page.create": (d) => `создал(а) страницу ${quoted(d.title, "")}`,
  "page.update": (d) => `изменил(а) страницу ${quoted(d.title, "")}`,
  "page.trashed": (d) => `переместил(а) в корзину страницу ${quoted(d.title, "")}`,
  "page.restored": (d) => `восстановил(а) из корзины страницу ${quoted(d.title, "")}`,
  "page.purged": (d) => `удалил(а) навсегда страницу ${quoted(d.title, "")}`,
  "page.delete": (d) => `удалил(а) страницу ${quoted(d.title, "")}`,
  "category.create": (d) => `создал(а) рубрику ${quoted(d.name, "")}`,
  "category.kazakh": (d) => (d.kkName ? `дал(а) рубрике название на казахском ${quoted(d.kkName, "")}` : "убрал(а) рубрику из казахской версии"),
  "category.rename": (d) => `переименовал(а) рубрику в ${quoted(d.name, "")}`,
  "category.reorder": () => "изменил(а) порядок рубрик",
  "category.parent": () => "переместил(а) рубрику в другой раздел",
  "category.delete": (d) => `удалил(а) рубрику ${quoted(d.name, "")}`,
  "tag.create": (d) => `создал(а) метку ${quoted(d.name, "")}`,
  "tag.rename": (d) => `переименовал(а) метку в ${quoted(d.name, "")}`,
  "tag.delete": (d) => `удалил(а) метку ${quoted(d.name, "")}`,
  "redirect.create": (d) => `добавил(а) перенаправление ${text(d.from) ?? ""} → ${text(d.to) ?? ""}`,
  "redirect.update": (d) => `изменил(а) перенаправление ${text(d.from) ?? ""} → ${text(d.to) ?? ""}`,
  "redirect.delete": (d) => `удалил(а) перенаправление ${text(d.from) ?? ""}`,
  "menu.item.add": (d, s) => `добавил(а) пункт ${quoted(d.label, "")} в ${menuName(s) || "меню"}`,
  "menu.item.update": (d, s) => `изменил(а) пункт ${quoted(d.label, "")} в ${menuName(s) || "меню"}`,
  "menu.item.move": (_d, s) => `переставил(а) пункт в ${menuName(s) || "меню"}`,
  "menu.item.remove": (d, s) => `удалил(а) пункт ${quoted(d.label, "")} из ${menuName(s) || "меню"}`,
  "menu.customize": (_d, s) => `начал(а) настраивать ${menuName(s) || "меню"}`,
  "menu.reset": (_d, s) => `вернул(а) ${menuName(s) || "меню"} к виду по умолчанию`,
  "trash.purged": (d) => `очистил(а) корзину от старых записей: статей ${Array.isArray(d.articleIds) ? d.articleIds.length : 0}, страниц ${num(d.pages) ?? 0}`,
  "branding.update": () => "изменил(а) оформление и реквизиты",
  "languages.update": (d) =>
    `изменил(а) языки сайта: ${Array.isArray(d.enabled) ? d.enabled.map((l) => (l === "kk" ? "казахский" : "русский")).join(" и ") : "—"}, основной — ${d.default === "kk" ? "казахский" : "русский"}`,
  "home.layout": () => "изменил(а) главную страницу",
  "ad.create": (d) => `создал(а) рекламное место${placement(d)}`,
  "ad.update": (d) => `изменил(а) рекламное место${placement(d)}`,
  "ad.delete": () => "удалил(а) рекламное место",
  "ads.settings": () => "изменил(а) код счётчиков",
};

function placement(d: Details): string {
  return typeof d.placement === "string" && d.placement in PLACEMENT_LABELS ? ` («${PLACEMENT_LABELS[d.placement as keyof typeof PLACEMENT_LABELS]}»)` : "";
}

const AREA_WORDS: Record<string, string> = {
  article: "статью",
  comment: "комментарий",
  user: "пользователя",
  session: "сеанс",
  page: "страницу",
  category: "рубрику",
  tag: "метку",
  redirect: "перенаправление",
  menu: "меню",
  ad: "рекламу",
  ads: "рекламу",
  settings: "настройки",
  branding: "оформление",
  home: "главную страницу",
  trash: "корзину",
};

/** For a key no phrase knows yet (added elsewhere later): still words, not the key. */
function fallbackPhrase(action: string, d: Details): string {
  const area = AREA_WORDS[action.split(".")[0] ?? ""];
  const name = text(d.title) ?? text(d.name) ?? text(d.label);
  return `изменил(а) ${area ?? "данные сайта"}${name ? ` «${name}»` : ""}`;
}

const DETAIL_LABELS: Record<string, string> = {
  email: "Email",
  endedSessions: "Завершено сеансов",
  count: "Количество",
  slug: "Адрес",
  articles: "Перенесено статей",
  repointed: "Перенаправлений обновлено",
};

/** The details worth a line of their own: status changes, counts. Never JSON. */
export function auditDetails(action: string, details: unknown): string {
  const d = asDetails(details);
  const parts: string[] = [];
  const from = statusLabel(d.from);
  const to = action.startsWith("article.") ? statusLabel(action.split(".")[1]?.toUpperCase()) : null;
  if (action.startsWith("article.") && to) parts.push(`статус: ${from ?? "новая"} → ${to}`);
  for (const [key, label] of Object.entries(DETAIL_LABELS)) {
    const value = d[key];
    if (typeof value === "number" && key !== "count") parts.push(`${label}: ${value}`);
    else if (typeof value === "string" && value !== "" && key !== "email") parts.push(`${label}: ${value}`);
  }
  return parts.join("; ");
}

function asDetails(details: unknown): Details {
  return details !== null && typeof details === "object" && !Array.isArray(details) ? (details as Details) : {};
}

/** «Иван Петров опубликовал(а) статью «…»»; the scheduler (no person) reads as «Планировщик …». */
export function describeAudit(entry: AuditEntry): string {
  const d = asDetails(entry.details);
  // Optional parts left out leave double spaces behind.
  const phrase = (AUDIT_PHRASES[entry.action]?.(d, entry.subject) ?? fallbackPhrase(entry.action, d)).replace(/\s+/g, " ").trim();
  if (entry.userName) return `${entry.userName} ${phrase}`;
  return `Планировщик ${phrase.replace(/\((а|ла)\)/g, "")}`;
}
