/**
 * PHP's serialize() format, as WordPress stores arrays in postmeta (`_wp_attachment_metadata`,
 * plugin settings). Only data is read: objects become plain records of their properties, and
 * nothing named in the input is ever looked up or run.
 */

export type PhpValue = null | boolean | number | string | PhpValue[] | PhpRecord;
export interface PhpRecord {
  [key: string]: PhpValue;
}

/** Deeper nesting than any real postmeta; the bound keeps a hostile value from exhausting the stack. */
const MAX_DEPTH = 128;
/** Numbers and lengths are short; a longer token means the input is not what it claims to be. */
const MAX_TOKEN = 64;

const INTEGER = /^[+-]?\d+$/;
const FLOAT = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const LENGTH = /^\d+$/;

class Malformed extends Error {}

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** Reads one serialized value over the input's UTF-8 bytes, as PHP counts string lengths in bytes. */
class SerializedReader {
  private position = 0;

  constructor(private readonly bytes: Uint8Array) {}

  readDocument(): PhpValue {
    const value = this.readValue(0);
    if (this.position !== this.bytes.length) throw new Malformed();
    return value;
  }

  private readValue(depth: number): PhpValue {
    if (depth > MAX_DEPTH) throw new Malformed();
    const type = this.next();
    if (type === "N") {
      this.expect(";");
      return null;
    }
    this.expect(":");
    switch (type) {
      case "b": {
        const token = this.tokenUntil(";");
        if (token !== "0" && token !== "1") throw new Malformed();
        return token === "1";
      }
      case "i":
        return Number(this.matching(this.tokenUntil(";"), INTEGER));
      case "d":
        return this.float(this.tokenUntil(";"));
      case "s": {
        const text = this.quoted(Number(this.matching(this.tokenUntil(":"), LENGTH)));
        this.expect(";");
        return text;
      }
      case "a":
        return this.entries(Number(this.matching(this.tokenUntil(":"), LENGTH)), depth);
      case "O": {
        this.quoted(Number(this.matching(this.tokenUntil(":"), LENGTH)));
        this.expect(":");
        return this.properties(Number(this.matching(this.tokenUntil(":"), LENGTH)), depth);
      }
      default:
        // References (r, R), custom-serialized objects (C) and enums (E) point outside the data.
        throw new Malformed();
    }
  }

  /** An array: a list when its keys are 0, 1, 2… in order, as PHP writes lists; a record otherwise. */
  private entries(count: number, depth: number): PhpValue[] | PhpRecord {
    this.expect("{");
    const keys: (string | number)[] = [];
    const values: PhpValue[] = [];
    for (let index = 0; index < count; index += 1) {
      keys.push(this.key());
      values.push(this.readValue(depth + 1));
    }
    this.expect("}");
    if (keys.every((key, index) => key === index)) return values;
    return record(keys.map(String), values);
  }

  /** An object's properties; private and protected names carry "\0Class\0" and "\0*\0" prefixes, dropped here. */
  private properties(count: number, depth: number): PhpRecord {
    this.expect("{");
    const names: string[] = [];
    const values: PhpValue[] = [];
    for (let index = 0; index < count; index += 1) {
      const key = String(this.key());
      names.push(key.startsWith("\0") ? key.slice(key.indexOf("\0", 1) + 1) : key);
      values.push(this.readValue(depth + 1));
    }
    this.expect("}");
    return record(names, values);
  }

  private key(): string | number {
    const type = this.next();
    this.expect(":");
    if (type === "i") return Number(this.matching(this.tokenUntil(";"), INTEGER));
    if (type !== "s") throw new Malformed();
    const text = this.quoted(Number(this.matching(this.tokenUntil(":"), LENGTH)));
    this.expect(";");
    return text;
  }

  /** `"…"` holding exactly `length` bytes of UTF-8. */
  private quoted(length: number): string {
    this.expect('"');
    const end = this.position + length;
    if (end > this.bytes.length) throw new Malformed();
    let text: string;
    try {
      text = utf8.decode(this.bytes.subarray(this.position, end));
    } catch {
      throw new Malformed();
    }
    this.position = end;
    this.expect('"');
    return text;
  }

  private float(token: string): number {
    if (token === "INF") return Infinity;
    if (token === "-INF") return -Infinity;
    if (token === "NAN") return NaN;
    return Number(this.matching(token, FLOAT));
  }

  private matching(token: string, pattern: RegExp): string {
    if (!pattern.test(token)) throw new Malformed();
    return token;
  }

  /** The ASCII text up to `terminator`, which is consumed. */
  private tokenUntil(terminator: string): string {
    const stop = terminator.charCodeAt(0);
    const start = this.position;
    const limit = Math.min(this.bytes.length, start + MAX_TOKEN);
    for (let index = start; index < limit; index += 1) {
      if (this.bytes[index] === stop) {
        this.position = index + 1;
        return String.fromCharCode(...this.bytes.subarray(start, index));
      }
    }
    throw new Malformed();
  }

  private next(): string {
    const byte = this.bytes[this.position];
    if (byte === undefined) throw new Malformed();
    this.position += 1;
    return String.fromCharCode(byte);
  }

  private expect(char: string): void {
    if (this.next() !== char) throw new Malformed();
  }
}

/** Defined rather than assigned, so a key such as "__proto__" is an ordinary property. */
function record(keys: string[], values: PhpValue[]): PhpRecord {
  const result: PhpRecord = {};
  keys.forEach((key, index) => {
    Object.defineProperty(result, key, { value: values[index], enumerable: true, writable: true, configurable: true });
  });
  return result;
}

type Unserialized = { ok: true; value: PhpValue } | { ok: false };

function unserialize(serialized: string): Unserialized {
  try {
    return { ok: true, value: new SerializedReader(new TextEncoder().encode(serialized)).readDocument() };
  } catch (error) {
    if (error instanceof Malformed) return { ok: false };
    throw error;
  }
}

/** The value PHP's unserialize() would give, or null when the input is malformed or not plain data (null also for "N;"). */
export function phpUnserialize(serialized: string): PhpValue {
  const result = unserialize(serialized);
  return result.ok ? result.value : null;
}

/** As WordPress's is_serialized(): a quick look at the shape; parsing decides the rest. */
export function looksSerialized(raw: string): boolean {
  const text = raw.trim();
  if (text === "N;") return true;
  return text.length >= 4 && "sabiOd".includes(text.charAt(0)) && text.charAt(1) === ":" && (text.endsWith(";") || text.endsWith("}"));
}

/**
 * A postmeta (or term, comment meta) value as WordPress's maybe_unserialize() reads it: the
 * unserialized value when the text looks serialized, else the text itself. Serialized text that
 * does not parse, often from a search-and-replace that changed a string without its byte length,
 * is returned as it is rather than lost.
 */
export function postmetaValue(raw: string): PhpValue {
  if (!looksSerialized(raw)) return raw;
  const result = unserialize(raw.trim());
  return result.ok ? result.value : raw;
}
