import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";

type VnuMessage = { type: string; subType?: string; url: string; message: string; extract?: string };

const jar = path.join(path.dirname(createRequire(import.meta.url).resolve("vnu-jar")), "build", "dist", "vnu.jar");

/** Runs the Nu HTML Checker (vnu.jar, Java) on each document; returns its errors as "name: message". */
export async function htmlErrors(documents: Record<string, string>): Promise<string[]> {
  const dir = await mkdtemp(path.join(tmpdir(), "vestnik-vnu-"));
  try {
    const files = await Promise.all(
      Object.entries(documents).map(async ([name, html]) => {
        const file = path.join(dir, `${name}.html`);
        await writeFile(file, html);
        return file;
      }),
    );
    const output = await new Promise<string>((resolve, reject) => {
      // vnu exits 1 when it finds errors; its report is what matters.
      execFile("java", ["-jar", jar, "--errors-only", "--format", "json", "--stdout", ...files], { maxBuffer: 64 * 1024 * 1024 }, (error, stdout) => {
        if (stdout.trim().startsWith("{")) resolve(stdout);
        else reject(error ?? new Error("vnu printed no report"));
      });
    });
    const report = JSON.parse(output) as { messages: VnuMessage[] };
    return report.messages.filter((m) => m.type === "error" || m.subType === "fatal").map((m) => `${path.basename(m.url)}: ${m.message} [${m.extract ?? ""}]`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
