/**
 * `npm run user:create -- --email a@b.kz --role EDITOR [--name "Имя"] [--password …]`
 * Without --password a password is generated and printed once.
 */
import { parseArgs } from "node:util";
import { z } from "zod";
import { closeDb, openDb } from "@/lib/db/process-database";
import { generatePassword } from "@/lib/auth/password";
import { createStaffAccount } from "@/lib/auth/staff-accounts";

const args = z.object({
  email: z.email("--email: нужен адрес электронной почты"),
  role: z.enum(["ADMINISTRATOR", "EDITOR", "AUTHOR", "CONTRIBUTOR"], "--role: ADMINISTRATOR, EDITOR, AUTHOR или CONTRIBUTOR"),
  name: z.string().optional(),
  password: z.string().min(8, "--password: не короче 8 символов").optional(),
});

async function main() {
  const { values } = parseArgs({
    options: { email: { type: "string" }, role: { type: "string" }, name: { type: "string" }, password: { type: "string" } },
  });
  const parsed = args.safeParse({ ...values, role: values.role?.toUpperCase() });
  if (!parsed.success) throw new Error(parsed.error.issues.map((i) => i.message).join("\n"));
  const password = parsed.data.password ?? generatePassword();
  const database = await openDb();
  const user = await createStaffAccount(database.prisma, { ...parsed.data, password });
  console.log(`Создан пользователь ${user.email} (${user.role}).`);
  if (!parsed.data.password) console.log(`Пароль: ${password}`);
}

main()
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(() => closeDb());
