/**
 * Template strings use `{key}` for context values (see prose/context.ts), `{a|x|y}` for a
 * random alternative (x or y), `{n:10-90}` / `{k:1200-9000}` / `{d:1.5-9.5}` for an integer, an integer
 * with thousands separators, and a one-decimal number, and `{g:он|она}` / `{rg:…|…}` for
 * agreement with the gender of the speaker / the resident. `{person}` is the speaker, `{other}`
 * another (male) person named in the story.
 */
export type Topic = {
  titles: readonly string[];
  leads: readonly string[];
  /** Sentences reporting the story itself, most important first. */
  facts: readonly string[];
  /** Direct speech of the speaker, without quotation marks. */
  quotes: readonly string[];
  /** Speaker roles, e.g. "руководитель отдела ЖКХ акимата {cityGen}". */
  speakers: readonly string[];
  /** Direct speech of an ordinary resident, without quotation marks. */
  residentQuotes?: readonly string[];
  /** What happens next; the article ends with one of these. */
  next: readonly string[];
  list?: { intro: string; items: readonly string[] };
  /** Context sentences specific to this topic, used along with the category ones. */
  background?: readonly string[];
  /** Alt text of the cover as an editor would write it for a photo of the scene. */
  photo: readonly string[];
  tags: readonly string[];
};

export type CategoryContent = {
  name: string;
  description: string;
  /** Relative share of articles. */
  weight: number;
  /** Three colours used by the generated covers. */
  palette: readonly [string, string, string];
  topics: readonly Topic[];
  /** Context sentences that fit any topic of the category. */
  background: readonly string[];
  headings: readonly string[];
  photoCredits: readonly string[];
};
