import { env } from "@/lib/env";

export function siteName(): string {
  return env().SITE_NAME;
}
