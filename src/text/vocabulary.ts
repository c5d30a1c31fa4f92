// The one table of English news vocabulary every engine reads: titles and their abbreviations,
// other short forms whose full stop does not end a sentence, months, days and name particles.
// Kept as data: a title added here is one token, no sentence break and a role in every engine.

/** A title written before a name, its abbreviation(s) and, where it has one, the word it stands for. */
export interface Title {
  /** Lower case, without the full stop: `sgt`. */
  short: readonly string[];
  /** The spelled-out title (`sergeant`), or null when the short form is the only one (`Mr.`). */
  long: string | null;
}

/** Titles that precede a name and are not part of it (`Sgt. Ana Ruiz` → Ana Ruiz). */
export const TITLES: readonly Title[] = [
  { short: ['mr'], long: null },
  { short: ['mrs'], long: null },
  { short: ['ms'], long: null },
  { short: ['messrs'], long: null },
  { short: ['dr'], long: 'doctor' },
  { short: ['prof'], long: 'professor' },
  { short: ['sen'], long: 'senator' },
  { short: ['rep'], long: 'representative' },
  { short: ['del'], long: 'delegate' },
  { short: ['gov'], long: 'governor' },
  { short: ['pres'], long: 'president' },
  { short: ['hon'], long: null },
  { short: ['gen'], long: 'general' },
  { short: ['lt'], long: 'lieutenant' },
  { short: ['col'], long: 'colonel' },
  { short: ['maj'], long: 'major' },
  { short: ['capt'], long: 'captain' },
  { short: ['cmdr'], long: 'commander' },
  { short: ['adm'], long: 'admiral' },
  { short: ['sgt'], long: 'sergeant' },
  { short: ['cpl'], long: 'corporal' },
  { short: ['pvt'], long: 'private' },
  { short: ['supt'], long: 'superintendent' },
  { short: ['insp'], long: 'inspector' },
  { short: ['det'], long: 'detective' },
  { short: ['rev'], long: 'reverend' },
  { short: ['fr'], long: 'father' },
];

/** Short forms inside or after a name that are not titles: `St. Louis`, `John Smith Jr.`. */
export const NAME_SHORT_FORMS: readonly string[] = ['st', 'jr', 'sr'];

/** Months, each with its abbreviations (May has none). */
export const MONTHS: Readonly<Record<string, readonly string[]>> = {
  january: ['jan'],
  february: ['feb'],
  march: ['mar'],
  april: ['apr'],
  may: [],
  june: ['jun'],
  july: ['jul'],
  august: ['aug'],
  september: ['sep', 'sept'],
  october: ['oct'],
  november: ['nov'],
  december: ['dec'],
};

/** Every month's name and abbreviation, lower case: `january`, `jan`, … `may`, … `sept`, `sep`. */
export const MONTH_WORDS: readonly string[] = Object.entries(MONTHS).flatMap(([month, short]) => [month, ...short]);

/** Days of the week. */
export const DAYS: readonly string[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** Other short forms whose full stop is not a sentence end (`No. 5`, `Acme Inc. said`, `e.g. Paris`). */
export const OTHER_SHORT_FORMS: readonly string[] = [
  'mt', 'ft', 'no', 'nos', 'vol', 'vs', 'etc', 'inc', 'corp', 'co', 'ltd', 'bros', 'dept', 'univ',
  'approx', 'est', 'fig', 'e.g', 'i.e', 'a.m', 'p.m', 'u.s', 'u.k',
];

/** Lower-case words inside a name (`de la`, `van`, `bin`), between its capitalised words. */
export const NAME_PARTICLES: readonly string[] = ['de', 'del', 'la', 'da', 'di', 'du', 'van', 'von', 'der', 'den', 'bin', 'al', 'le', 'dos', 'das', 'y'];

/** Every title abbreviation, lower case, without its full stop: `sgt`, `det`, `fr`. */
export const TITLE_SHORT_FORMS: readonly string[] = TITLES.flatMap((t) => t.short);

/** Every word whose full stop does not end a sentence, lower case, without the final stop. */
export const PERIOD_SHORT_FORMS: ReadonlySet<string> = new Set([
  ...TITLE_SHORT_FORMS,
  ...NAME_SHORT_FORMS,
  ...Object.values(MONTHS).flat(),
  ...OTHER_SHORT_FORMS,
]);
