import "server-only";
import { editionOrNull, makeEdition, type Edition } from "./edition";
import { DEFAULT_EDITIONS } from "./editions";

/**
 * The render's edition, or Russian alone where no reader page set one: for components that also
 * render on the 404 and error pages and in the newsroom's preview.
 */
export function editionOrDefault(): Edition {
  return editionOrNull() ?? makeEdition("ru", DEFAULT_EDITIONS);
}
