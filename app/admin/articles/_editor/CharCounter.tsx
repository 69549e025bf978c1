/** «42 / 60»: turns the warning colour past the recommended length. */
export function CharCounter({ id, length, recommended }: { id: string; length: number; recommended: number }) {
  const over = length > recommended;
  return (
    <small id={id} className={over ? "char-counter over" : "char-counter"} data-over={over} aria-live="polite">
      {length} / {recommended}
      {over ? " — длиннее рекомендуемого" : ""}
    </small>
  );
}
