import { z } from "zod";

export const MANIFEST_FILE = "manifest.json";
/** pg_dump's custom format (PostgreSQL) or PGlite's dumpDataDir() tarball (embedded). */
export const DUMP_FILE = { postgres: "database.pgdump", pglite: "database.tar.gz" } as const;
export const MEDIA_DIR = "media";
export const MEDIA_LIST_FILE = "media-list.txt";

export const manifestSchema = z.object({
  format: z.literal(1),
  kind: z.enum(["postgres", "pglite"]),
  created: z.string(),
  appVersion: z.string(),
  /** Applied migrations, oldest first. */
  migrations: z.array(z.string()),
  counts: z.record(z.string(), z.number()),
  /** "files": media/ holds the images; "list": they stay in S3, media-list.txt names them. */
  media: z.enum(["files", "list"]),
});

export type Manifest = z.infer<typeof manifestSchema>;
