import { Readable } from "node:stream";
import type { ReadableStream as NodeWebStream } from "node:stream/web";
import { adminRoute } from "@/lib/actions/admin-action";
import { tagsForChange } from "@/lib/cache/changes";
import { expireTags } from "@/lib/edge/expire-tags";
import { startImportIntoSite } from "@/lib/wordpress/import/import-into-site";
import { describeReport } from "@/lib/wordpress/import/report";

/** One import at a time per process: each runs in one long transaction, then its images. */
const running = globalThis as typeof globalThis & { __vestnikWordPressImport?: boolean };

/**
 * Imports the posted export (the file itself as the body, streamed, never held whole) and
 * answers with NDJSON as it goes: `{"items", "posts", "comments"}` lines while the text is read,
 * `{"text": report}` once it is in, `{"media": {"done", "total"}}` lines while the
 * images are imported, then `{"done": report, "lines": [...]}` or `{"error": message}`.
 */
export const POST = adminRoute("settings.manage", async (_staff, request: Request) => {
  if (!request.body) return Response.json({ error: "Выберите файл экспорта WordPress." }, { status: 400 });
  if (running.__vestnikWordPressImport) return Response.json({ error: "Импорт уже идёт. Дождитесь его окончания." }, { status: 409 });
  running.__vestnikWordPressImport = true;
  const input = Readable.fromWeb(request.body as unknown as NodeWebStream<Uint8Array>);
  const dryRun = new URL(request.url).searchParams.get("dryRun") === "1";
  const encoder = new TextEncoder();
  // The import, images included, goes on if the editor leaves the page; only the answer stops.
  let open = true;
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (value: unknown) => {
        if (!open) return;
        try {
          controller.enqueue(encoder.encode(JSON.stringify(value) + "\n"));
        } catch {
          open = false;
        }
      };
      let lastItems = 0;
      let lastImages = 0;
      try {
        const run = await startImportIntoSite(input, {
          dryRun,
          onProgress: ({ items, posts, comments }) => {
            if (items - lastItems >= 50 || items === 1) send({ items: (lastItems = items), posts, comments });
          },
          media: {
            onProgress: ({ done, total }) => {
              if (done === 0 || done === total || done - lastImages >= 5) send({ media: { done: (lastImages = done), total } });
            },
          },
        });
        send({ text: run.report });
        // Not updateTag(): that is for server actions; the database's notifications follow anyway.
        if (!dryRun) await expireTags(tagsForChange({ t: "Article", all: true }));
        const report = await run.finished;
        if (!dryRun) await expireTags(tagsForChange({ t: "Article", all: true }));
        send({ done: report, lines: describeReport(report, { mediaLines: 200 }) });
      } catch (error) {
        send({ error: error instanceof Error ? error.message : "Импорт не удался." });
      } finally {
        running.__vestnikWordPressImport = false;
        if (open) controller.close();
      }
    },
    cancel() {
      open = false;
    },
  });
  return new Response(stream, { headers: { "content-type": "application/x-ndjson; charset=utf-8", "cache-control": "no-store" } });
});
