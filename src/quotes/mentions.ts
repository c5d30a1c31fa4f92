// Reads who a stretch of tokens names: a person (`Mexico’s President Claudia Sheinbaum` → Claudia
// Sheinbaum), an organisation (`the Defense Department`), an unnamed source (`one former official`)
// or a pronoun. Titles and roles around a name are left out of it.
import { fold, isCapitalised } from './fold.ts';
import {
  BE_FORMS,
  COMMON_STARTERS,
  DETERMINERS,
  ORG_WORDS,
  PRONOUNS,
  ROLE_WORDS,
  SOURCE_NOUNS,
  SOURCE_POSTMODIFIERS,
  SPEECH_VERBS,
  VERB_FILLERS,
} from './lexicon.ts';
import { affiliated, classifyRun, PARTICLES } from './name-runs.ts';
import { possessiveBase, type Token } from './tokens.ts';

export type MentionKind = 'person' | 'org' | 'unnamed' | 'pronoun' | 'role';

export interface Mention {
  kind: MentionKind;
  /** As the text writes it: `Claudia Sheinbaum`, `a senior official`, `the Defense Department`, `she`. */
  text: string;
  /** A person's name words without titles (`['Claudia', 'Sheinbaum']`); empty for the other kinds. */
  name: string[];
  /** Token range in the sentence, inclusive. */
  first: number;
  last: number;
  /** A pronoun's gender: `n` for `it`. */
  gender?: 'm' | 'f' | 'n';
  /**
   * A person's titles and roles as the text gives them (`president`, `minister`), lower case; for
   * a `role` mention (`the minister`), the role it refers back with.
   */
  roles?: string[];
  /** An unnamed source's head noun (`official` in `a senior official`). */
  head?: string;
  /**
   * Folded words that qualify a person's role (`mexico`, `defense` for `Mexico’s President …`,
   * `Secretary of Defense …`), or a `role` mention's own (`mexican` in `the Mexican president`).
   */
  qualifiers?: string[];
}

/** What the article says about words, for telling a surname from a common word. */
export interface NameKnowledge {
  /** The folded word is the last word of a full name in the article, follows a title or precedes a speech verb. */
  isKnownSurname(word: string): boolean;
  /** The folded word appears in lower case somewhere in the article. */
  isCommonWord(word: string): boolean;
  /** The folded capitals open two quoted turns or more of the article (`PENCE:`): a transcript's speaker label. */
  isSpeakerLabel(label: string): boolean;
}

const POSTMODIFIER_ENDS = new Set(SOURCE_POSTMODIFIERS.map((p) => p.split(' ').pop()!));
const INSTITUTIONS = new Set(['department', 'ministry', 'agency', 'office', 'embassy', 'government', 'administration', 'secretariat', 'military', 'police']);
/** Lower-case words that may qualify a plural source with no determiner (`senior officials`). */
const PLAIN_MODIFIERS = new Set(
  'senior former top current local federal state county city military administration government intelligence security defense health foreign other ranking'.split(' '),
);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'it']);
/** Plurals that speak for an institution even without a determiner (`officials said`); `residents said` is a crowd. */
const OFFICIAL_PLURALS = new Set(['officials', 'sources', 'aides', 'advisers', 'advisors', 'diplomats', 'spokespeople', 'prosecutors', 'lawmakers', 'insiders', 'staffers', 'representatives']);
/** Words that end a noun phrase read backwards from its head. */
const FUNCTION_WORDS = new Set([
  ...'that as and or but with who whom which to of by for in on at from into than then if because while when where about after before over under between against during without within'.split(' '),
  ...SPEECH_VERBS,
  ...VERB_FILLERS,
  ...BE_FORMS,
]);

const word = (t: Token | undefined): t is Token => t?.kind === 'word';

/**
 * What `mentionEndingAt` read in each sentence's tokens, by position, under one article's knowledge:
 * the subject, the people and every attribution rule ask about the same positions again. Mentions
 * are never changed once made, so the same one may be handed out twice.
 */
const readings = new WeakMap<readonly Token[], { know: NameKnowledge['isKnownSurname']; common: NameKnowledge['isCommonWord']; at: (Mention | null | undefined)[] }>();

/** The mention whose last token is `i`, or null. `i` may be a possessive (`Rubio’s`), read as its owner. */
export function mentionEndingAt(tokens: readonly Token[], i: number, know: NameKnowledge): Mention | null {
  let read = readings.get(tokens);
  if (!read || read.know !== know.isKnownSurname || read.common !== know.isCommonWord) {
    read = { know: know.isKnownSurname, common: know.isCommonWord, at: [] };
    readings.set(tokens, read);
  }
  const had = read.at[i];
  if (had !== undefined) return had;
  return (read.at[i] = readMentionEndingAt(tokens, i, know));
}

function readMentionEndingAt(tokens: readonly Token[], i: number, know: NameKnowledge): Mention | null {
  const t = tokens[i];
  if (!word(t)) return null;
  const base = possessiveBase(t.text) ?? t.text;
  const lower = base.toLowerCase();
  if (SUBJECT_PRONOUNS.has(lower) || (base !== t.text && PRONOUNS.has(lower))) {
    return { kind: 'pronoun', text: lower, name: [], first: i, last: i, gender: PRONOUNS.get(lower)! };
  }
  if (PRONOUNS.has(lower)) return null;
  const post = postmodifiedSource(tokens, i, know);
  if (post) return post;
  const role = !isCapitalised(base) && ROLE_WORDS.has(lower) ? roleMention(tokens, i, lower) : null;
  if (role) return role;
  if (SOURCE_NOUNS.has(lower) && (!isCapitalised(base) || i === 0)) return unnamedEndingAt(tokens, i, base);
  return isCapitalised(base) ? nameEndingAt(tokens, i, base, know) : null;
}

/** `the minister`, `the Mexican president`: refers back to a person the article gave that role. */
function roleMention(tokens: readonly Token[], i: number, role: string): Mention | null {
  for (let the = i - 1; the >= Math.max(0, i - 3); the--) {
    const t = tokens[the];
    if (!word(t)) return null;
    if (/^the$/i.test(t.text)) {
      const qualifiers = tokens.slice(the + 1, i).map((q) => fold(q.text));
      return { kind: 'role', text: textOf(tokens, the, i).replace(/^The/, 'the'), name: [], first: the, last: i, roles: [role], head: role, qualifiers };
    }
    if (FUNCTION_WORDS.has(t.text.toLowerCase()) || DETERMINERS.has(t.text.toLowerCase()) || possessiveBase(t.text) !== null) return null;
  }
  return null;
}

/** `a person familiar with the matter`: the source noun sits before a short qualifying phrase. */
function postmodifiedSource(tokens: readonly Token[], i: number, know: NameKnowledge): Mention | null {
  // Each phrase ends in one of these words, one to four words before `i`, after a source noun.
  // (Asked at every word: plain loops, no arrays or closures.)
  let ends = false;
  for (let k = 1; k <= 4 && !ends; k++) ends = POSTMODIFIER_ENDS.has(tokens[i - k]?.text ?? '');
  if (!ends) return null;
  let noun = false;
  for (let k = 2; k <= 8 && !noun; k++) noun = SOURCE_NOUNS.has(tokens[i - k]?.text.toLowerCase() ?? '');
  if (!noun) return null;
  for (const phrase of SOURCE_POSTMODIFIERS) {
    const parts = phrase.split(' ');
    for (let objectLength = 1; objectLength <= 4; objectLength++) {
      const at = i - objectLength - parts.length + 1;
      const head = at - 1;
      if (head < 0 || !parts.every((p, k) => tokens[at + k]?.text.toLowerCase() === p)) continue;
      if (!tokens.slice(at + parts.length, i + 1).every(word)) continue;
      const source = mentionEndingAt(tokens, head, know);
      if (source?.kind === 'unnamed' || source?.kind === 'org') {
        return { ...source, text: `${source.text} ${textOf(tokens, at, i)}`, last: i };
      }
    }
  }
  return null;
}

function unnamedEndingAt(tokens: readonly Token[], i: number, head: string): Mention | null {
  for (let j = i - 1; j >= 0 && i - j <= 6 && word(tokens[j]); j--) {
    const w = tokens[j]!.text;
    // `Trump’s top adviser`: a possessive owner opens the phrase as a determiner does.
    if (DETERMINERS.has(w.toLowerCase()) || possessiveBase(w) !== null) return unnamed(tokens, j, i, head);
    if (!isCapitalised(w) && FUNCTION_WORDS.has(w.toLowerCase())) break;
  }
  // No determiner: only a plural of an official kind with plain modifiers (`White House officials`) is a source.
  if (!/[^s]s$/.test(head) || !OFFICIAL_PLURALS.has(head.toLowerCase())) return null;
  let k = i;
  while (k - 1 >= 0 && word(tokens[k - 1]) && plainModifier(tokens[k - 1]!.text)) k--;
  if (k === 0 && k < i && COMMON_STARTERS.has(tokens[0]!.text.toLowerCase()) && !PLAIN_MODIFIERS.has(tokens[0]!.text.toLowerCase())) k++;
  return unnamed(tokens, k, i, head);
}

function plainModifier(w: string): boolean {
  return possessiveBase(w) === null && (isCapitalised(w) || PLAIN_MODIFIERS.has(w.toLowerCase()));
}

function unnamed(tokens: readonly Token[], first: number, last: number, head: string): Mention {
  const text = textOf(tokens, first, last);
  const shown = /^(?:The|A|An|One|Another|Two|Three|Several|Some|Many|This|That)\b/.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text;
  return { kind: INSTITUTIONS.has(head.toLowerCase()) ? 'org' : 'unnamed', text: shown, name: [], first, last, head: head.toLowerCase() };
}

/** A run of capitalised words ending at `i`, read as a person or an organisation. */
function nameEndingAt(tokens: readonly Token[], i: number, last: string, know: NameKnowledge): Mention | null {
  let j = i;
  while (j - 1 >= 0 && inNameRun(tokens, j - 1)) j--;
  const words = tokens.slice(j, i + 1).map((t, k) => (j + k === i ? last : t.text));
  let first = j;
  let the = false;
  const of = ofTheStart(tokens, j);
  if (of !== null) {
    // `Bethany Cruz of the Riders Alliance`: a person and their affiliation.
    const person = affiliated(tokens.slice(of, j - 2).map((t) => t.text), of, i, know);
    if (person) return person;
    const name = tokens.slice(of, i + 1).map((t, k) => (of + k === i ? last : t.text));
    // `Secretary of the Treasury Steven Mnuchin`: a title, then the name.
    const titled = ROLE_WORDS.has(name[0]!.toLowerCase()) ? classifyRun(name.filter((w, k) => !(k > 0 && name[k - 1] === 'of' && /^the$/i.test(w))), of, i, false, know) : null;
    if (titled?.kind === 'person') return titled;
    // `Friends of the Corran River`, `Museum of the Moving Image`: one organisation's name.
    return { kind: 'org', text: name.join(' '), name: [], first: of, last: i };
  }
  // `Dana Reyes of Brooklyn`: the same, without `the`.
  const ofAt = words.indexOf('of');
  const person = ofAt >= 2 ? affiliated(words.slice(0, ofAt), j, i, know) : null;
  if (person) return person;
  if (/^the$/i.test(tokens[j - 1]?.text ?? '')) {
    the = true;
    first = j - 1;
  } else if (j === 0 && startsAsCommonWord(words[0]!, know)) {
    // A capital that only starts the sentence: `The` makes an organisation, other words are dropped.
    the = /^the$/i.test(words[0]!);
    if (!the) first++;
    words.shift();
  }
  const m = words.length === 0 ? null : classifyRun(words, first, i, the, know);
  if (m?.kind === 'person') {
    m.roles = [...rolesBefore(tokens, first), ...(m.roles ?? []), ...rolesAfter(tokens, i)];
    const context = tokens.slice(Math.max(0, first - 3), first).map((t) => possessiveBase(t.text) ?? t.text);
    m.qualifiers = [...context, ...words.slice(0, words.length - m.name.length)].map(fold);
  }
  return m;
}

/** Where a name like `Friends of the …` starts, when the run at `j` follows `<Capitalised> of the`. */
function ofTheStart(tokens: readonly Token[], j: number): number | null {
  if (!/^the$/i.test(tokens[j - 1]?.text ?? '') || tokens[j - 2]?.text !== 'of') return null;
  if (!word(tokens[j - 3]) || !isCapitalised(tokens[j - 3]!.text) || !inNameRun(tokens, j - 3)) return null;
  let k = j - 3;
  while (k - 1 >= 0 && inNameRun(tokens, k - 1)) k--;
  return k;
}

/** `Reto Caflisch, the cantonal minister for infrastructure`: the roles of a description set off after a name. */
function rolesAfter(tokens: readonly Token[], last: number): string[] {
  if (tokens[last + 1]?.text !== ',') return [];
  let k = last + 2;
  if (/^(?:the|a|an)$/i.test(tokens[k]?.text ?? '')) k++;
  const roles: string[] = [];
  for (let n = 0; n < 4 && word(tokens[k]) && !/^(?:for|of|at|in|on|and|who|which|said)$/i.test(tokens[k]!.text); n++, k++) {
    const w = (possessiveBase(tokens[k]!.text) ?? tokens[k]!.text).toLowerCase();
    if (ROLE_WORDS.has(w)) roles.push(w);
  }
  return roles;
}

/** `county engineer Dana Whitfield`: lower-case roles right before a name. */
function rolesBefore(tokens: readonly Token[], first: number): string[] {
  const roles: string[] = [];
  for (let k = first - 1; k >= 0 && first - k <= 3 && word(tokens[k]) && !isCapitalised(tokens[k]!.text); k--) {
    const w = tokens[k]!.text.toLowerCase();
    if (!ROLE_WORDS.has(w)) break;
    roles.push(w);
  }
  return roles;
}

function inNameRun(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!word(t)) return false;
  // `G.K. Butterfield`: dotted initials before a name are part of it; `U.S.`, `U.N.` before anything else are not.
  if (/^(?:\p{Lu}\.){2,}$/u.test(t.text)) return isInitials(t.text) && startsName(tokens[k + 1]);
  // A plural possessive inside an organisation's name: `Dockworkers’ Union`, `Teachers' Federation`.
  if (possessiveBase(t.text) !== null) return /s['’]$/u.test(t.text) && isCapitalised(t.text) && ORG_WORDS.has(tokens[k + 1]?.text.toLowerCase() ?? '');
  if (isCapitalised(t.text)) return true;
  // `de la`, `van`, `bin` inside a name and `of` inside a title (`Secretary of State`), between capitals.
  if (!PARTICLES.has(t.text) && t.text !== 'of') return false;
  let next = k + 1;
  while (PARTICLES.has(tokens[next]?.text ?? '')) next++;
  const prev = tokens[k - 1]?.text ?? '';
  return (isCapitalised(prev) || PARTICLES.has(prev)) && isCapitalised(tokens[next]?.text ?? '');
}

/** Two or three dotted letters that are no country's or body's short form. */
const isInitials = (w: string): boolean => w.length <= 6 && !/^(?:U\.S\.|U\.K\.|U\.N\.|E\.U\.|D\.C\.|U\.S\.A\.)$/.test(w);

/** A capitalised word that may carry on a name (`Butterfield`), not an acronym or a title. */
const startsName = (t: Token | undefined): boolean => word(t) && isCapitalised(t.text) && /\p{Ll}/u.test(t.text) && !ROLE_WORDS.has(t.text.toLowerCase());

function startsAsCommonWord(w: string, know: NameKnowledge): boolean {
  const folded = fold(w);
  if (ROLE_WORDS.has(folded)) return false;
  return COMMON_STARTERS.has(folded) || (know.isCommonWord(folded) && !know.isKnownSurname(folded));
}

function textOf(tokens: readonly Token[], first: number, last: number): string {
  return tokens
    .slice(first, last + 1)
    .map((t) => t.text)
    .join(' ')
    .replace(/ ([,;:.])/g, '$1');
}
