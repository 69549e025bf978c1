import { MODERATION_LINK_LIMIT } from "./limits";

export type ModerationKeys = { moderation: string[]; disallowed: string[] };

/** What a comment says about itself and its sender, as the keys are checked against. */
export type CommentFacts = {
  authorName: string;
  authorEmail: string;
  authorUrl: string;
  content: string;
  ip: string;
  userAgent: string;
};

export type Verdict = { status: "APPROVED" | "PENDING" | "SPAM"; reason: string };

/** Counts links the way WordPress's check_comment() does: every "//" that starts a URL. */
export function countLinks(content: string): number {
  return content.match(/(href\s*=\s*['"]?)?(https?:)?\/\//gi)?.length ?? 0;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

/** Whether any key (one word or phrase each) occurs in any of the facts, ignoring case. */
export function matchesAnyKey(keys: readonly string[], facts: CommentFacts): string | null {
  const haystacks = [facts.authorName, facts.authorEmail, facts.authorUrl, facts.content, facts.ip, facts.userAgent];
  for (const raw of keys) {
    const key = raw.trim();
    if (key === "") continue;
    const pattern = new RegExp(escapeRegExp(key), "iu");
    if (haystacks.some((h) => pattern.test(h))) return key;
  }
  return null;
}

/**
 * WordPress's order: disallowed keys send a comment to spam; moderation keys, too many links
 * or a first comment from this email hold it for review; anything else is published at once.
 */
export function judgeComment(facts: CommentFacts, keys: ModerationKeys, hasApprovedBefore: boolean): Verdict {
  const disallowed = matchesAnyKey(keys.disallowed, facts);
  if (disallowed) return { status: "SPAM", reason: `disallowed key «${disallowed}»` };
  const moderated = matchesAnyKey(keys.moderation, facts);
  if (moderated) return { status: "PENDING", reason: `moderation key «${moderated}»` };
  if (countLinks(facts.content) >= MODERATION_LINK_LIMIT) return { status: "PENDING", reason: "too many links" };
  if (!hasApprovedBefore) return { status: "PENDING", reason: "first comment from this email" };
  return { status: "APPROVED", reason: "known commenter" };
}
