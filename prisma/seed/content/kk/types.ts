import type { Topic } from "../types";

/**
 * A category of the Kazakh edition. Its banks use the keys of ../../generate-kk.ts (city, cityGen, inCity,
 * toCity, fromCity, cityAdj, street, onStreet, district, districtGen, inDistrict, village, person, other,
 * resident, company, role). Numbers in templates never take case endings: Kazakh endings follow the
 * spoken number, so sentences are built around them.
 */
export type KkCategory = {
  /** The Russian category it is the Kazakh face of (CATEGORIES[i].name). */
  ruName: string;
  name: string;
  slug: string;
  weight: number;
  background: readonly string[];
  headings: readonly string[];
  photoCredits: readonly string[];
  topics: readonly Topic[];
  /**
   * Translations of the Russian category's own topics (by index): item for item, with the same random
   * tokens in the same order, so one set of choices gives an article and its translation. Its
   * `background`, `headings` and `photoCredits` are then translations of the Russian ones too.
   */
  translates?: { topics: ReadonlyMap<number, Topic> };
};
