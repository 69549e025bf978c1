"use client";

/** Ticks or unticks every article checkbox of its form (the form works without it, one box at a time). */
export function SelectAll() {
  return (
    <input
      type="checkbox"
      aria-label="Отметить все"
      onChange={(event) => {
        const form = event.currentTarget.form;
        form?.querySelectorAll<HTMLInputElement>('input[name="ids"]').forEach((box) => (box.checked = event.currentTarget.checked));
      }}
    />
  );
}
