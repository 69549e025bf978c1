import "server-only";
import { audit } from "@/lib/audit/audit";
import type { Staff } from "@/lib/auth/sessions";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { Prisma } from "@/lib/generated/prisma/client";
import { liveAddress } from "./live-addresses";
import { redirectKey } from "./normalize";
import type { NewRedirect } from "./redirect-input";

export type RedirectOutcome = { ok: true; message: string } | { ok: false; message: string; field?: "from" | "to" };

type Tx = Prisma.TransactionClient;
type Route = { ok: true; to: string; via: string | null } | { ok: false; message: string };

/** Longer chains than this are not followed (the importer and this module never make any). */
const MAX_HOPS = 10;
const isAbsolute = (to: string) => !to.startsWith("/");

function shown(address: string): string {
  try {
    return decodeURI(address);
  } catch {
    return address;
  }
}

/** A link to this site itself is kept as its path, so that it is checked like one. */
function onThisSite(to: string): string {
  if (!isAbsolute(to)) return to;
  const url = new URL(to);
  return url.origin === new URL(env().SITE_URL).origin ? url.pathname + url.search + url.hash : to;
}

/**
 * Where a redirect from `from` to `to` should lead, one hop only: when `to` is itself redirected,
 * the redirect is saved straight to the end of that chain (readers get one 301, not several).
 * Refused when it would lead back to `from`.
 */
async function routeOf(tx: Tx, from: string, to: string): Promise<Route> {
  if (redirectKey(to) === from) return { ok: false, message: "Новый адрес совпадает со старым." };
  let current = to;
  let via: string | null = null;
  const seen = new Set<string>();
  for (let hop = 0; hop < MAX_HOPS && !isAbsolute(current); hop++) {
    const key = redirectKey(current);
    if (key === null || seen.has(key)) break;
    seen.add(key);
    const next = await tx.redirect.findUnique({ where: { from: key }, select: { to: true } });
    if (!next) break;
    via ??= current;
    if (redirectKey(next.to) === from) return { ok: false, message: `Получится петля: «${shown(via)}» уже перенаправляется обратно на «${shown(from)}».` };
    current = next.to;
  }
  return { ok: true, to: current, via };
}

/**
 * Redirects that led to `from` now lead straight to `to`: no chain is left behind. Targets are
 * compared as stored (a path as typed, or percent-encoded by the newsroom), in either case.
 */
async function repoint(tx: Tx, from: string, to: string): Promise<number> {
  const spellings = [...new Set([from, encodeURI(from)])].flatMap((s) => [s, `${s}/`]);
  const candidates = await tx.redirect.findMany({
    where: { to: { in: spellings, mode: "insensitive" }, from: { not: from } },
    select: { from: true, to: true },
  });
  const leading = candidates.filter((r) => redirectKey(r.to) === from).map((r) => r.from);
  if (leading.length === 0) return 0;
  return (await tx.redirect.updateMany({ where: { from: { in: leading } }, data: { to } })).count;
}

function notes(from: string, route: { to: string; via: string | null }, repointed: number): string {
  const parts: string[] = [];
  if (route.via) parts.push(`«${shown(route.via)}» сам перенаправляется, поэтому сохранено сразу на «${shown(route.to)}».`);
  if (repointed > 0) parts.push(`Перенаправления на «${shown(from)}» (${repointed}) теперь тоже ведут прямо на «${shown(route.to)}».`);
  return parts.length ? ` ${parts.join(" ")}` : "";
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

/** `to`: where the existing one leads, when known (not after losing a race to another editor). */
const taken = (to?: string): RedirectOutcome => ({
  ok: false,
  field: "from",
  message: `С этого адреса уже есть перенаправление${to === undefined ? "" : ` — на «${shown(to)}»`}. Измените его в списке.`,
});

/** Adds a redirect typed in the newsroom («Перенаправления»). */
export async function createRedirect(staff: Staff, input: NewRedirect): Promise<RedirectOutcome> {
  const live = await liveAddress(input.from);
  if (live) return { ok: false, field: "from", message: live };
  const to = onThisSite(input.to);
  try {
    return await db().$transaction(async (tx): Promise<RedirectOutcome> => {
      const existing = await tx.redirect.findUnique({ where: { from: input.from }, select: { to: true } });
      if (existing) return taken(existing.to);
      const route = await routeOf(tx, input.from, to);
      if (!route.ok) return { ok: false, field: "to", message: route.message };
      await tx.redirect.create({ data: { from: input.from, to: route.to, source: "manual" } });
      const repointed = await repoint(tx, input.from, route.to);
      await audit(staff.id, "redirect.create", `redirect:${input.from}`, { from: input.from, to: route.to, repointed }, tx);
      return { ok: true, message: `Перенаправление с «${shown(input.from)}» на «${shown(route.to)}» добавлено.${notes(input.from, route, repointed)}` };
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    return taken();
  }
}

/** Points an existing redirect (the importer's or the newsroom's) somewhere else. */
export async function updateRedirectTarget(staff: Staff, from: string, target: string): Promise<RedirectOutcome> {
  const to = onThisSite(target);
  return db().$transaction(async (tx): Promise<RedirectOutcome> => {
    const existing = await tx.redirect.findUnique({ where: { from }, select: { to: true } });
    if (!existing) return { ok: false, message: "Перенаправление не найдено: его уже удалили." };
    const route = await routeOf(tx, from, to);
    if (!route.ok) return { ok: false, field: "to", message: route.message };
    await tx.redirect.update({ where: { from }, data: { to: route.to } });
    const repointed = await repoint(tx, from, route.to);
    await audit(staff.id, "redirect.update", `redirect:${from}`, { from, was: existing.to, to: route.to, repointed }, tx);
    return { ok: true, message: `Перенаправление с «${shown(from)}» теперь ведёт на «${shown(route.to)}».${notes(from, route, repointed)}` };
  });
}

export async function deleteRedirect(staff: Staff, from: string): Promise<RedirectOutcome> {
  return db().$transaction(async (tx): Promise<RedirectOutcome> => {
    const existing = await tx.redirect.findUnique({ where: { from }, select: { to: true } });
    if (!existing) return { ok: false, message: "Перенаправление не найдено: его уже удалили." };
    await tx.redirect.delete({ where: { from } });
    await audit(staff.id, "redirect.delete", `redirect:${from}`, { from, to: existing.to }, tx);
    return { ok: true, message: `Перенаправление с «${shown(from)}» удалено.` };
  });
}
