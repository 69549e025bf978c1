import { SaxesParser } from "saxes";
import { WxrFormatError } from "./wxr-errors";

export type WxrInput = NodeJS.ReadableStream | AsyncIterable<Uint8Array | string>;

const UTF8_BOM = [0xef, 0xbb, 0xbf];
const DECLARATION_START = [...new TextEncoder().encode("<?xml")];
/** An XML declaration is a few dozen bytes; without one in the first kilobyte the file is read as UTF-8, the XML default. */
const DECLARATION_LIMIT = 1024;

/**
 * The export's text, chunk by chunk, decoded in the encoding its XML declaration names: WordPress
 * writes the blog's charset there, and old Russian-language blogs ran on windows-1251. Characters
 * split between chunks are carried over by the decoder. String chunks are taken as already decoded.
 */
export async function* decodeWxrText(input: WxrInput): AsyncGenerator<string, void, undefined> {
  let decoder: TextDecoder | undefined;
  // Bytes held back until the declaration is complete, when decoding starts.
  let head: Uint8Array = new Uint8Array(0);
  let first = true;
  for await (const chunk of input) {
    if (typeof chunk === "string") {
      yield first && chunk.startsWith("\uFEFF") ? chunk.slice(1) : chunk;
      first = false;
      continue;
    }
    first = false;
    let bytes: Uint8Array = chunk;
    if (decoder === undefined) {
      head = concat(head, chunk);
      const encoding = declaredEncoding(head, false);
      if (encoding === undefined) continue;
      decoder = textDecoder(encoding);
      bytes = head;
    }
    const text = decoder.decode(bytes, { stream: true });
    if (text !== "") yield text;
  }
  const rest = decoder === undefined ? textDecoder(declaredEncoding(head, true) ?? "utf-8").decode(head) : decoder.decode();
  if (rest !== "") yield rest;
}

/** The encoding label to decode with, or undefined while more bytes are needed to tell. */
function declaredEncoding(head: Uint8Array, atEnd: boolean): string | undefined {
  if (startsWith(head, UTF8_BOM)) return "utf-8";
  const compared = Math.min(head.length, DECLARATION_START.length);
  if (!startsWith(head, DECLARATION_START.slice(0, compared))) return "utf-8";
  const end = indexOfDeclarationEnd(head);
  if (end < 0) return atEnd || head.length >= DECLARATION_LIMIT ? "utf-8" : undefined;
  // The declaration is ASCII whatever the encoding; a malformed one is reported by the main parse, with its position.
  const parser = new SaxesParser();
  parser.on("error", () => {});
  parser.write(String.fromCharCode(...head.subarray(0, end)));
  return parser.xmlDecl.encoding ?? "utf-8";
}

/** The index just past the declaration's closing `?>`, or -1. */
function indexOfDeclarationEnd(head: Uint8Array): number {
  const limit = Math.min(head.length, DECLARATION_LIMIT);
  for (let index = 1; index < limit; index += 1) {
    if (head[index - 1] === 0x3f && head[index] === 0x3e) return index + 1;
  }
  return -1;
}

function textDecoder(encoding: string): TextDecoder {
  try {
    return new TextDecoder(encoding);
  } catch {
    throw new WxrFormatError(`WXR: кодировка «${encoding}» из объявления XML не поддерживается`);
  }
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.length <= bytes.length && prefix.every((byte, index) => bytes[index] === byte);
}

function concat(left: Uint8Array, right: Uint8Array): Uint8Array {
  if (left.length === 0) return right;
  const joined = new Uint8Array(left.length + right.length);
  joined.set(left);
  joined.set(right, left.length);
  return joined;
}
