import { Readable } from "node:stream";
import type { ReadableStream as NodeWebStream } from "node:stream/web";
import { adminRoute } from "@/lib/actions/admin-action";
import { tagsForChange } from "@/lib/cache/changes";
import { expireTags } from "@/lib/edge/expire-tags";
import { importIntoSite } from "@/lib/wordpress/import/import-wordpress";
import { describeReport } from "@/lib/wordpress/import/report";

/** One import at a time per process: each runs in one long transaction. */
const running = globalThis as typeof globalThis & { __vestnikWordPressImport?: boolean };

/**
 * Imports the posted export (the file itself as the body, streamed, never held whole) and
 * answers with NDJSON as it goes: `{"items": n}` lines, then `{"done": report, "lines": [...]}`
 * or `{"error": message}`.
 */
export const POST = adminRoute("settings.manage", async (_staff, request: Request) => {
  if (!request.body) return Response.json({ error: "Выберите файл экспорта WordPress." }, { status: 400 });
  if (running.__vestnikWordPressImport) return Response.json({ error: "Импорт уже идёт. Дождитесь его окончания." }, { status: 409 });
  running.__vestnikWordPressImport = true;
  const input = Readable.fromWeb(request.body as unknown as NodeWebStream<Uint8Array>);
  const dryRun = new URL(request.url).searchParams.get("dryRun") === "1";
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (value: unknown) => controller.enqueue(encoder.encode(JSON.stringify(value) + "\n"));
      let lastSent = 0;
      try {
        const report = await importIntoSite(input, {
          dryRun,
          onProgress: ({ items }) => {
            if (items - lastSent >= 50 || items === 1) send({ items: (lastSent = items) });
          },
        });
        // Not updateTag(): that is for server actions; the database's notifications follow anyway.
        if (!dryRun) await expireTags(tagsForChange({ t: "Article", all: true }));
        send({ done: report, lines: describeReport(report) });
      } catch (error) {
        send({ error: error instanceof Error ? error.message : "Импорт не удался." });
      } finally {
        running.__vestnikWordPressImport = false;
        controller.close();
      }
    },
  });
  return new Response(stream, { headers: { "content-type": "application/x-ndjson; charset=utf-8", "cache-control": "no-store" } });
});
