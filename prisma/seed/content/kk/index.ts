import { culture } from "./culture";
import { economy } from "./economy";
import { education } from "./education";
import { health } from "./health";
import { incidents } from "./incidents";
import { politics } from "./politics";
import { society } from "./society";
import { sport } from "./sport";
import type { KkCategory } from "./types";

/** The Kazakh edition's categories, in the order of the Russian CATEGORIES. */
export const KK_CATEGORIES: readonly KkCategory[] = [society, politics, economy, incidents, sport, culture, education, health];
