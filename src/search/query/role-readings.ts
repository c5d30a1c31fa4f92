// How a passage names an office's holder: a title before a name ("Secretary of Defense Pete
// Hegseth", "Mexican President Claudia Sheinbaum") or an apposition after one ("Claudia Sheinbaum,
// Mexico's president", "Rubio, the secretary of state,"), with the country that qualifies it.
// `role-holders.ts` counts these readings over the corpus.
import { termOf } from '../../text/tokens.ts';
import { DAYS, MONTHS } from '../../text/vocabulary.ts';
import { nameKey } from './names.ts';
import { officeTable, placeOf, type Office } from './roles.ts';
import type { Place } from './tables.ts';

/** One reading: a person named as the office's holder, and the country the text qualifies it with. */
export interface Reading {
  name: string;
  surname: string;
  country: Place | undefined;
}

const WORD = String.raw`\p{Lu}[\p{L}\p{M}'’-]*\p{Ll}|\p{Lu}\.`;
const PARTICLE = 'de|la|del|da|van|von|bin|al|dos|y';
/** A weekday, or a month before its day, ends a name (`President Trump Tuesday said`; `Theresa May` stays). */
const titleCase = (words: readonly string[]) => words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join('|');
const DATE = String.raw`(?:${titleCase(DAYS)})(?![\p{L}\p{M}])|(?:${titleCase(Object.keys(MONTHS))})\s+\d`;
const NAME = String.raw`(?!${DATE})(?:${WORD})(?:\s+(?:(?:${PARTICLE})\s+)*(?!${DATE})(?:${WORD})){0,3}`;
/** The name after a title, past an honorific (`First Lady Dr. Jill Biden`). */
const AFTER = new RegExp(String.raw`^(,)?\s+(?:(?:Dr|Mr|Mrs|Ms|Sir|Dame|Lord|Lady)\.?\s+)?(${NAME})`, 'u');
/** `Claudia Sheinbaum, Mexico's president`, `Rubio, the secretary of state`, `Gil, the new foreign minister`. */
const BEFORE_COMMA = /,\s+(?:the\s+)?(?:(\p{Lu}\S*(?:\s\p{Lu}\S*)?|new|current|incoming|acting|interim|sitting|outgoing)\s+)?$/u;
const NAME_AT_END = new RegExp(String.raw`(?<![\p{L}\p{M}])(${NAME})$`, 'u');
const OF_PLACE = /^\s+of\s+(?:the\s+)?((?:\p{Lu}[\p{L}.]*)(?:\s+\p{Lu}[\p{L}.]*){0,2})/u;
/** Words before a title that make it another office or a past one. */
const NOT_HOLDER = new Set(['former', 'ex', 'late', 'then', 'deputy', 'vice', 'assistant', 'under', 'associate', 'would-be', 'next', 'future', 'elect']);
const END = /[.,;:!?"”)\]]$/u;

let titles: RegExp | undefined;
const ownTitles = new WeakMap<Office, RegExp>();

/** A title's names as one case-blind pattern, longest first. */
function namesPattern(names: readonly string[], flags: string): RegExp {
  const alts = [...names].sort((a, b) => b.length - a.length).map((n) => escape(n).replace(/[\s-]+/g, '[\\s-]+').replace(/'/g, "['’]"));
  return new RegExp(String.raw`(?<![\p{L}\p{M}-])(?:${alts.join('|')})(?![\p{L}\p{M}])`, flags);
}

/** Whether a text names the office at all: a quick test before the full reading. */
function namesOffice(text: string, office: Office): boolean {
  let re = ownTitles.get(office);
  if (!re) ownTitles.set(office, (re = namesPattern(office.names, 'iu')));
  return re.test(text);
}

/**
 * Every office's names as one case-blind pattern, longest first: a shorter office never matches
 * inside a longer title (`Queen Consort Camilla` is not the queen's, `Chancellor of the Exchequer`
 * not the chancellor's).
 */
function titlePattern(): RegExp {
  return (titles ??= namesPattern([...officeTable().keys()], 'giu'));
}

/** The office's holders a text names, with the country each is qualified by. */
export function readingsIn(text: string, office: Office): Reading[] {
  const out: Reading[] = [];
  if (!namesOffice(text, office)) return out;
  for (const m of text.matchAll(titlePattern())) {
    const key = nameKey(m[0]);
    if (officeTable().get(key) !== office) continue;
    const from = m.index;
    const to = from + m[0].length;
    const start = Math.max(0, from - 40);
    const slice = text.slice(start, from);
    const qualifier = qualifierBefore(slice);
    if (qualifier === null) continue;
    const loose = office.loose.has(key);
    if (loose && !qualifier) continue;
    const after = AFTER.exec(text.slice(to, to + 80));
    // `the foreign minister, Yvan Gil`: after a comma only a full name counts.
    if (after && !(after[1] && !/\s/.test(after[2]!))) {
      const name = nameFrom(after[2]!);
      if (name) out.push({ ...name, country: qualifier || undefined });
      continue;
    }
    if (loose) continue;
    const comma = BEFORE_COMMA.exec(slice);
    const base = start + (comma?.index ?? 0);
    const before = comma && NAME_AT_END.exec(text.slice(Math.max(0, base - 50), base));
    if (!comma || !before) continue;
    const words = comma[1]?.split(/\s+/) ?? [];
    if (words.some((w) => NOT_HOLDER.has(w.toLowerCase()))) continue;
    const of = OF_PLACE.exec(text.slice(to, to + 60));
    // An apposition closes after its title (`Rubio, the secretary of state, spoke`); a title that
    // runs on is the subject of a new clause (`According to Reuters, the prime minister said`).
    const next = text.slice(to + (of?.[0].length ?? 0)).trimStart()[0];
    if (next !== undefined && !END.test(next)) continue;
    const country = (words.length > 0 ? countryOf(words) : undefined) ?? (of ? longestPlace(of[1]!.split(/\s+/)) : undefined);
    const name = nameFrom(before[1]!);
    if (name) out.push({ ...name, country });
  }
  // A surname the passage also writes in lower case is a word in title case (`President Trump
  // Signs Executive Order … the order`), not a name.
  if (out.length === 0) return out;
  const lower = new Set(text.match(/(?<![\p{L}\p{M}])\p{Ll}[\p{L}\p{M}]*/gu));
  return out.filter((r) => !lower.has(r.surname.toLowerCase()));
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * What comes right before a title: a country (`Mexican`, `Mexico's`, `U.S.`), nothing that
 * qualifies it (`''`), or null when the title is part of another office or a past one (`Vice
 * President`, `Senate Majority Leader`, `former president`).
 */
function qualifierBefore(before: string): Place | '' | null {
  const words = before.split(/\s+/).filter(Boolean).slice(-2);
  const last = words.at(-1);
  if (!last || !/\s$/.test(before)) return '';
  const country = countryOf(words) ?? countryOf([last]);
  if (country) return country;
  if (END.test(last)) return '';
  if (NOT_HOLDER.has(last.toLowerCase()) || /^(ex|then)-/i.test(last)) return null;
  // A capitalised word that is not a country makes the title another one (`Majority Leader`); `Trump's`, `The` do not.
  return /^\p{Lu}/u.test(last) && !/['’]s$/u.test(last) && termOf(last) !== null ? null : '';
}

/** The country capitalised words name, as a demonym, a country or its possessive. */
function countryOf(words: readonly string[]): Place | undefined {
  if (words.length === 0 || !words.every((w) => /^\p{Lu}/u.test(w))) return undefined;
  return placeOf(words.map((w, i) => (i === words.length - 1 ? w.replace(/['’]s?$/u, '') : w)));
}

function longestPlace(words: readonly string[]): Place | undefined {
  for (let n = words.length; n >= 1; n--) {
    const place = countryOf(words.slice(0, n));
    if (place) return place;
  }
  return undefined;
}

/** A person's name from a run of capitalised words: up to a possessive, without trailing initials. */
function nameFrom(run: string): { name: string; surname: string } | undefined {
  const words: string[] = [];
  for (const w of run.split(/\s+/)) {
    words.push(w.replace(/['’]s$/u, ''));
    if (/['’]s$/u.test(w)) break;
  }
  while (words.length > 0 && /^\p{Lu}\.$/u.test(words.at(-1)!)) words.pop();
  const surname = words.at(-1);
  if (!surname || termOf(words[0]!) === null || termOf(surname) === null || placeOf([surname])) return undefined;
  return { name: words.join(' '), surname };
}
