import { db } from "@/lib/db";

/** The address confirmed it wants replies (again, after an unsubscribe). */
export async function confirmReplySubscriber(email: string, now = new Date()): Promise<void> {
  await db().replySubscriber.upsert({
    where: { email },
    create: { email, confirmedAt: now },
    update: { confirmedAt: now, unsubscribedAt: null },
  });
}

/** No more reply mail to the address until it asks and confirms again. */
export async function unsubscribeReplySubscriber(email: string, now = new Date()): Promise<void> {
  await db().replySubscriber.upsert({ where: { email }, create: { email, unsubscribedAt: now }, update: { unsubscribedAt: now } });
}
