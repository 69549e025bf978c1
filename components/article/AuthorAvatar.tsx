import { mediaSrc } from "@/lib/media/public-url";

type Props = { avatar: { key: string; widths: number[] }; name: string; size: number };

/** A staff photo in a circle (article bylines, author archives); the smallest stored width that covers it. */
export function AuthorAvatar({ avatar, name, size }: Props) {
  const widths = [...avatar.widths].sort((a, b) => a - b);
  const width = widths.find((w) => w >= size * 2) ?? widths.at(-1)!;
  return <img className="avatar" src={mediaSrc(avatar.key, width)} width={size} height={size} alt={name} loading="lazy" decoding="async" />;
}
