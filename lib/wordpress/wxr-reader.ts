import { WxrRecordCollector } from "./wxr-record-collector";
import type { WxrRecord } from "./wxr-records";
import { decodeWxrText, type WxrInput } from "./wxr-text-decoding";

export { WxrFormatError, WxrSyntaxError } from "./wxr-errors";
export type * from "./wxr-records";
export type { WxrInput } from "./wxr-text-decoding";

/**
 * Reads a WordPress export (WXR 1.0–1.2) as it streams in: the site first, then authors, terms and
 * items in file order, each yielded as soon as its element closes. Only the record being read is
 * held in memory, so an export of any size can be read; the input is pulled only as fast as records
 * are taken. Rejects with WxrSyntaxError (line and column) for malformed XML and WxrFormatError for
 * a document that is not an export; records before the fault have been yielded by then.
 */
export async function* readWxr(input: WxrInput): AsyncGenerator<WxrRecord, void, undefined> {
  const collector = new WxrRecordCollector();
  for await (const text of decodeWxrText(input)) {
    collector.write(text);
    yield* collector.drain();
    collector.throwIfFailed();
  }
  collector.close();
  yield* collector.drain();
  collector.throwIfFailed();
}
