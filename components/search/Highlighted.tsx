import type { HighlightPart } from "@/lib/search/highlight";

export function Highlighted({ parts }: { parts: HighlightPart[] }) {
  return parts.map((part, i) => (part.hit ? <mark key={i}>{part.text}</mark> : part.text));
}
