export const MENU_SCREEN_MESSAGES = {
  moved: "Порядок изменён.",
  removed: "Пункт удалён.",
  customized: "Меню сохранено: теперь его можно править.",
  reset: "Меню снова показывается по умолчанию.",
  "not-found": "Пункт меню не найден: возможно, его уже удалили.",
  invalid: "Неверный запрос.",
} as const;

export type MenuScreenStatus = keyof typeof MENU_SCREEN_MESSAGES;

export function menuScreenUrl(status: MenuScreenStatus): string {
  return `/admin/menus?status=${status}`;
}

export function menuScreenMessage(status: string | undefined): { text: string; ok: boolean } | null {
  if (!status || !(status in MENU_SCREEN_MESSAGES)) return null;
  return { text: MENU_SCREEN_MESSAGES[status as MenuScreenStatus], ok: status !== "not-found" && status !== "invalid" };
}
