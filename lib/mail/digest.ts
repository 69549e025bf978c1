import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { enqueueMail } from "./outbox";
import { staffIn } from "./recipients";
import { digestMail } from "./templates";

const DAY_MS = 24 * 3600_000;
const MAX_LISTED = 50;

/**
 * Queues the daily digest of held comments for each moderator (`moderatorRoles`) who chose one and whose last
 * digest is a day old. Each person is claimed by moving their lastDigestAt in a conditional
 * update, so with several instances only one assembles it; a day without held comments sends nothing.
 */
export async function assembleDigests(prisma: PrismaClient, moderatorRoles: readonly Role[], now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - DAY_MS);
  const due: Prisma.UserWhereInput = { commentMail: "DAILY", OR: [{ lastDigestAt: null }, { lastDigestAt: { lte: cutoff } }] };
  const people = await prisma.user.findMany({ where: staffIn(moderatorRoles, due), select: { id: true, email: true, lastDigestAt: true } });
  let queued = 0;
  for (const person of people) {
    queued += await prisma.$transaction(async (tx) => {
      const claimed = await tx.user.updateMany({ where: { id: person.id, ...due }, data: { lastDigestAt: now } });
      if (claimed.count === 0) return 0;
      const window = { status: "PENDING", createdAt: { gt: person.lastDigestAt ?? cutoff, lte: now } } as const;
      const [held, total] = await Promise.all([
        tx.comment.findMany({
          where: window,
          orderBy: { createdAt: "asc" },
          take: MAX_LISTED,
          select: { id: true, authorName: true, authorEmail: true, content: true, article: { select: { title: true, slug: true } } },
        }),
        tx.comment.count({ where: window }),
      ]);
      if (held.length === 0) return 0;
      await enqueueMail(tx, [digestMail(person.email, held, total)]);
      return 1;
    });
  }
  return queued;
}
