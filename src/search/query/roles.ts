// Offices a question names instead of their holder: `the defence secretary`, `America's top
// diplomat`, `the Mexican president`, `Venezuela's leader`. Finds the office (`data/roles.ts`) and
// the country that qualifies it (a demonym or country before it, `X's`, `of X` after it, `the
// country's` for the place the question names), and adds the holders the corpus names
// (`role-holders.ts`) to the office's words as a weaker expansion: "What did the defence secretary
// post" also reaches passages that say only "Hegseth".
import { ROLES } from '../data/roles.ts';
import type { PassageIndex } from '../passage-index.ts';
import { termOf, tokenize, type Token } from '../../text/tokens.ts';
import { nameKey, namesIn } from './names.ts';
import type { QueryPlan } from './plan.ts';
import { placeTable, type Place } from './tables.ts';
import { addNames } from './expand-tables.ts';

export interface Office {
  /** The usual name (`secretary of defense`). */
  name: string;
  /** Every name, `~` marks removed. */
  names: string[];
  /** Names (`nameKey`s) too loose to be a title before a name unless a country comes right before them (`leader`). */
  loose: Set<string>;
}

/** Who the corpus says holds an office: surnames and full names, commonest first. */
export interface Holder {
  name: string;
  surname: string;
  count: number;
}

/** Reads an office's holders from a corpus (per country when one qualifies it). */
export interface RoleHolders {
  holders(office: Office, country: Place | undefined): Holder[];
}

/** An office named in a question, with the country that qualifies it. */
export interface RoleMention {
  office: Office;
  /** Tokens of the office's name and of a qualifier right before it. */
  at: number;
  length: number;
  country: Place | undefined;
  /** The country came as a possessive (`Mexico's`, `the country's`). */
  possessive?: boolean;
  /** Tokens of the office's own name: `[at, length]`. */
  own: [number, number];
}

let offices: Map<string, Office> | undefined;
let longest = 1;

/** Office name key → office. */
export function officeTable(): Map<string, Office> {
  if (offices) return offices;
  offices = new Map();
  for (const line of ROLES.split('\n').filter((l) => l.trim())) {
    const raw = line.split(',').map((s) => s.trim()).filter(Boolean);
    const names = raw.map((n) => n.replace(/^~/, ''));
    const office: Office = { name: names[0]!, names, loose: new Set(raw.filter((n) => n.startsWith('~')).map((n) => nameKey(n.slice(1)))) };
    for (const name of names) {
      offices.set(nameKey(name), office);
      longest = Math.max(longest, tokenize(name).length);
    }
  }
  return offices;
}

const POSSESSIVE = /['’]s$/u;
/** `the country's leader`: the country is the one the question names. */
const THIS_COUNTRY = new Set(['country', 'nation', 'government']);
const TITLE_CASE = /^\p{Lu}\p{Ll}/u;

/** Offices the question names, longest names first, left to right. */
export function rolesIn(tokens: readonly Token[]): RoleMention[] {
  const table = officeTable();
  const found: RoleMention[] = [];
  const named = new Set<Office>();
  for (const { value: office, at, length } of namesIn(tokens, table, longest)) {
    // `President Biden`, `President-elect Biden`: the question names the holder itself.
    const next = tokens[at + length];
    if (next && ((TITLE_CASE.test(next.text) && !placeAt(tokens, at + length, 1)) || /^elect$/i.test(next.text))) named.add(office);
    else {
      const mention = qualified(tokens, office, at, length);
      if (isDefinite(tokens, mention)) found.push(mention);
    }
  }
  // `…President Vladimir Putin's wealth… the property the President owns`: the one named.
  return found.filter((m) => !named.has(m.office));
}

/**
 * Only an office that stands for one known holder: `the defence secretary`, `the Mexican
 * president`, `Mexico's president`. `Which president`, `its prime minister`, `a senator`, `former
 * president` ask about or name someone else: the answer is the person the question wants found.
 */
function isDefinite(tokens: readonly Token[], m: RoleMention): boolean {
  // `the president of which country`, `the first lady of this nation`.
  const after = tokens.slice(m.at + m.length, m.at + m.length + 2).map((t) => t.text.toLowerCase());
  if (after[0] === 'of' && /^(which|what|this|that|a|an|another|whose)$/.test(after[1] ?? '')) return false;
  // `the CEO of Facebook`, `the mayor of Chicago`: an office of something the corpus-wide holders do not tell apart.
  if (after[0] === 'of' && !m.country) return false;
  if (m.possessive) return m.country !== undefined;
  return /^the$/i.test(tokens[m.at - 1]?.text ?? '');
}

/** The office's mention with its country: `Mexican president`, `Mexico's president`, `president of Mexico`, `the country's leader`. */
function qualified(tokens: readonly Token[], office: Office, at: number, length: number): RoleMention {
  const own: [number, number] = [at, length];
  const prev = tokens[at - 1];
  if (prev && POSSESSIVE.test(prev.text)) {
    const base = prev.text.replace(POSSESSIVE, '');
    if (THIS_COUNTRY.has(base.toLowerCase())) return { office, at: at - 1, length: length + 1, country: firstPlace(tokens, at), possessive: true, own };
    for (const n of [2, 1]) {
      const words = [...tokens.slice(at - n, at - 1).map((t) => t.text), base];
      const place = at - n >= 0 ? placeOf(words) : undefined;
      if (place) return { office, at: at - n, length: length + n, country: place, possessive: true, own };
    }
  }
  for (const n of [2, 1]) {
    const place = at - n >= 0 ? placeAt(tokens, at - n, n) : undefined;
    if (place) return { office, at: at - n, length: length + n, country: place, own };
  }
  if (/^of$/i.test(tokens[at + length]?.text ?? '')) {
    const from = at + length + (/^the$/i.test(tokens[at + length + 1]?.text ?? '') ? 2 : 1);
    for (const n of [3, 2, 1]) {
      const place = placeAt(tokens, from, n);
      if (place) return { office, at, length, country: place, own };
    }
  }
  return { office, at, length, country: undefined, own };
}

function placeAt(tokens: readonly Token[], at: number, n: number): Place | undefined {
  const run = tokens.slice(at, at + n);
  return run.length === n ? placeOf(run.map((t) => t.text)) : undefined;
}

/** The place a run of words names (country, seat or demonym), if any. */
export function placeOf(words: readonly string[]): Place | undefined {
  return placeTable().get(nameKey(words.join(' ')))?.[0]?.place;
}

/** The first place the question names outside the office itself. */
function firstPlace(tokens: readonly Token[], before: number): Place | undefined {
  return namesIn(tokens, placeTable()).find((m) => m.at !== before - 1)?.value[0]!.place;
}

/**
 * Adds to each office the question names the surnames of its holders in the corpus, at `weight`:
 * the office's words become one group, as a table's phrase does. Measured on the seed corpus's
 * blind set with the encoder, paraphrases hit@1: merging the country in too, 24.3 (as without
 * roles); the country left a word of its own, 27.0.
 */
export function expandWithRoles(plan: QueryPlan, tokens: readonly Token[], index: PassageIndex, weight: number, roles: RoleHolders | undefined): void {
  if (!roles || weight <= 0) return;
  for (const { mention, holders } of resolveRoles(tokens, roles)) {
    // The office's words are one group; its country stays a word of its own, so a passage that
    // writes the office and the country out keeps its lead over one that names only the holder.
    const run = tokens.slice(mention.own[0], mention.own[0] + mention.own[1]);
    addNames(plan, run, holders.map((h) => h.surname), index, weight, 'role');
  }
}

/** The offices a question names with their holders in the corpus; none for one whose holder the question names. */
export function resolveRoles(tokens: readonly Token[], roles: RoleHolders): { mention: RoleMention; holders: Holder[] }[] {
  const asked = new Set(tokens.map((t) => t.term).filter((t): t is string => t !== null));
  return rolesIn(tokens)
    .map((mention) => ({ mention, holders: roles.holders(mention.office, mention.country) }))
    .filter(({ holders }) => holders.length > 0 && !holders.some((h) => asked.has(termOf(h.surname) ?? '')));
}
