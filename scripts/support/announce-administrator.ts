import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * What to say about the administrator created on first start. A generated password is shown
 * only on a terminal; anywhere else (a service's log, which may be shipped and kept) it goes to a
 * file only the owner can read, and the log says where.
 */
export function announceAdministrator(
  admin: { email: string; generatedPassword: string | null },
  { terminal, dataDir }: { terminal: boolean; dataDir: string },
): string {
  if (!admin.generatedPassword) return `Создан администратор ${admin.email}`;
  if (terminal) return `Создан администратор ${admin.email} с паролем ${admin.generatedPassword} (показан один раз)`;
  const file = path.join(dataDir, "admin-password");
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  writeFileSync(file, `${admin.email}\n${admin.generatedPassword}\n`, { mode: 0o600 });
  return `Создан администратор ${admin.email}; его пароль — в файле ${file} (доступен только владельцу; удалите его, войдя в систему)`;
}
