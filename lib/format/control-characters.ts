// C0 controls but tab, line feed and carriage return; DEL; C1 controls. NUL breaks PostgreSQL
// text, and the others make feeds and sitemaps invalid XML.
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

/** Text as typed, without the control characters no person types and no document can hold. */
export function withoutControlCharacters(text: string): string {
  return text.replace(CONTROL_CHARACTERS, "");
}
