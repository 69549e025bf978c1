import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

/** Each answer's time inside Varnish, from the request's start to its last byte handed to the network, in ms. */
export type ServedTimes = { count: number; p50: number; p99: number; p999: number; max: number };
export type Varnish = { url: string; stop(): Promise<void>; counters(): Record<string, number>; timeAnswers(): { stop(): Promise<ServedTimes> } };

export const VCL_PATH = path.join("deploy", "varnish", "default.vcl");

export function varnishInstalled(): boolean {
  return spawnSync("varnishd", ["-V"], { stdio: "ignore" }).status === 0;
}

/** The shipped VCL with its two backends pointed at `ports` (one backend per port, as many as given). */
export async function vclFor(ports: readonly number[]): Promise<string> {
  const shipped = await readFile(VCL_PATH, "utf8");
  const backend = /backend app1 \{[\s\S]*?\n\}\n/.exec(shipped)?.[0];
  if (!backend) throw new Error(`${VCL_PATH} has no backend app1`);
  const backends = ports.map((port, i) => backend.replace("app1", `app${i + 1}`).replace(/\.port = "\d+";/, `.port = "${port}";`)).join("");
  const adds = ports.map((_, i) => `  instances.add_backend(app${i + 1});\n`).join("");
  return shipped.replace(/backend app1 \{[\s\S]*?\n\}\nbackend app2 \{[\s\S]*?\n\}\n/, backends).replace(/( {2}instances\.add_backend\(app\d\);\n)+/, adds);
}

/** varnishd in the foreground with the shipped VCL in front of `backendPorts`, in a work directory of its own. */
export async function startVarnish(port: number, backendPorts: readonly number[]): Promise<Varnish> {
  const dir = await mkdtemp(path.join(tmpdir(), "vestnik-varnish-"));
  const vcl = path.join(dir, "default.vcl");
  await writeFile(vcl, await vclFor(backendPorts));
  const workdir = path.join(dir, "work");
  // As root, varnishd would hand its files to the varnish user, who cannot enter a private temporary directory.
  const jail = process.getuid?.() === 0 ? ["-j", "none"] : [];
  const child: ChildProcess = spawn(
    "varnishd",
    ["-F", ...jail, "-a", `127.0.0.1:${port}`, "-f", vcl, "-n", workdir, "-s", "malloc,128m", "-p", "default_grace=0"],
    {
      stdio: "ignore",
    },
  );
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`varnishd exited with code ${child.exitCode}`);
    try {
      const res = await fetch(`${url}/healthz`);
      await res.arrayBuffer();
      if (res.status === 200) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error("varnishd did not reach a healthy backend within 30 s");
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url,
    timeAnswers() {
      const log = spawn("varnishncsa", ["-n", workdir, "-F", "%D"], { stdio: ["ignore", "pipe", "ignore"] });
      let out = "";
      log.stdout!.setEncoding("utf8").on("data", (chunk: string) => (out += chunk));
      return {
        async stop() {
          // varnishncsa writes what it read so far when it is told to stop.
          await new Promise((r) => setTimeout(r, 500));
          await new Promise<void>((resolve) => {
            log.once("exit", () => resolve());
            log.kill("SIGINT");
          });
          const ms = out
            .split("\n")
            .filter(Boolean)
            .map((us) => Number(us) / 1000)
            .sort((a, b) => a - b);
          const at = (q: number) => ms[Math.min(ms.length - 1, Math.floor(ms.length * q))] ?? NaN;
          return { count: ms.length, p50: at(0.5), p99: at(0.99), p999: at(0.999), max: ms.at(-1) ?? NaN };
        },
      };
    },
    counters() {
      const out = spawnSync("varnishstat", ["-n", workdir, "-1", "-f", "MAIN.cache_hit", "-f", "MAIN.cache_miss", "-f", "MAIN.backend_req"], {
        encoding: "utf8",
      });
      return Object.fromEntries(
        out.stdout
          .split("\n")
          .map((line) => line.trim().split(/\s+/))
          .filter((parts) => parts.length >= 2)
          .map(([name, value]) => [name!.replace(/^MAIN\./, ""), Number(value)]),
      );
    },
    stop: async () => {
      if (child.exitCode === null) {
        await new Promise<void>((resolve) => {
          child.once("exit", () => resolve());
          child.kill("SIGTERM");
          setTimeout(() => child.kill("SIGKILL"), 5_000).unref();
        });
      }
      await rm(dir, { recursive: true, force: true });
    },
  };
}
