// The readers the attribution rules (rules.ts) are made of, the way news copy attributes:
// `“…,” X said`, `X said “…”`, `X, stating, ‘…’`, `X’s statement: “…”`, `as X put it, “…”`, and an
// attribution closing the sentence. Each gives the speaker it read and the cue word it read it by.
import { clauseStart, onlyModifiers, subjectAt } from './clauses.ts';
import { alone, cueSubject, findCues } from './cues.ts';
import { DAYS } from '../text/vocabulary.ts';
import { isCapitalised } from './fold.ts';
import { AFTER_QUOTE_VERBS, CLAUSE_BREAKS, DETERMINERS, FROM_NOUNS, SPEECH_VERBS, VERB_FILLERS } from './lexicon.ts';
import { mentionEndingAt, type Mention, type NameKnowledge } from './mentions.ts';
import type { ParagraphInfo, SentenceInfo } from './paragraph.ts';
import type { Token } from './tokens.ts';

/** A speaker a rule read, and the word that cued it (`said`, `according to`, `:`, `―`). */
export interface Found {
  mention: Mention;
  cue: string;
}

const MAX_TAIL = 5;
/** Tokens from a quote to its speech verb: room for a name and a description set off by commas. */
const MAX_CLAUSE = 26;
const TELL = /^(?:tell|tells|told|telling)$/;
const found = (mention: Mention | null, cue: string): Found | null => (mention ? { mention, cue } : null);

const SMALL_WORDS = new Set('a an the of on in to and or for at by with from as is are vs'.split(' '));

/** `“Morning Joe”`, `“Neil Buchanan”`, `‘Shock and Awe’`: a title or a name in quote marks is not speech. */
export function isTitle(inner: string): boolean {
  // `“All Bets Are Off.”`: a headline of three words or more may keep its full stop.
  const text = inner.split(/\s+/).length >= 3 ? inner.replace(/\.$/, '') : inner;
  if (/[.,!?;:…]/u.test(text)) return false;
  const words = text.split(/\s+/).filter(Boolean);
  return words.length <= 6 && words.every((w, i) => /^[\p{Lu}\p{N}]/u.test(w) || (i > 0 && SMALL_WORDS.has(w)));
}

/** `“…,” Delgado said` / `“…,” said Delgado`: only after a quote that does not end its sentence. */
export function postposed(tokens: readonly Token[], q: number, inner: string, know: NameKnowledge): Found | 'blocked' | null {
  let k = q + 1;
  // `“…,” Delgado said` and `“…” — said Delgado`.
  if (tokens[k]?.text === ',' || tokens[k]?.text === '—' || tokens[k]?.text === '–' || tokens[k]?.text === '―') k++;
  else if (!/[,?!—–―-]$/u.test(inner.replace(/['’"”]+$/u, ''))) return null;
  return attributionClause(tokens, k, Infinity, know);
}

/**
 * A short attribution clause starting at token `k`: `said X`, `X [later] said`, `X, 54, said`,
 * `according to X`. Null when there is none; `blocked` when a speech verb is there but its subject
 * is not a speaker we can read. With a finite `maxTrail`, the clause must end the sentence within
 * that many words.
 */
function attributionClause(tokens: readonly Token[], k: number, maxTrail: number, know: NameKnowledge): Found | 'blocked' | null {
  if (lower(tokens[k]) === 'according' && lower(tokens[k + 1]) === 'to') return found(namedAfter(tokens, afterSourceNoun(tokens, k + 2), maxTrail, know), 'according to');
  // `“…,” adding, “…”`: a verb with no subject after it belongs to the sentence's own subject.
  // After `told` comes the one spoken to (`told The Huffington Post`), never the speaker.
  if (isSpeechVerb(tokens[k])) return TELL.test(lower(tokens[k])) ? 'blocked' : found(namedAfter(tokens, k + 1, maxTrail, know), lower(tokens[k]));
  return namedBefore(tokens, k, maxTrail, know);
}

/** `according to [a statement from] Galbraith`: where the speaker starts, past a statement that carries their words. */
function afterSourceNoun(tokens: readonly Token[], k: number): number {
  let j = k;
  if (/^(?:a|an|the)$/.test(lower(tokens[j]))) j++;
  if (tokens[j]?.kind === 'word' && !isCapitalised(tokens[j]!.text) && !FROM_NOUNS.has(lower(tokens[j]))) j++;
  return FROM_NOUNS.has(lower(tokens[j])) && /^(?:from|by|of)$/.test(lower(tokens[j + 1])) ? j + 2 : k;
}

/** `said county engineer Dana Whitfield`, `said a neighbour, Mary Jones`: the speaker after the verb. */
function namedAfter(tokens: readonly Token[], k: number, maxTrail: number, know: NameKnowledge): Mention | null {
  let m = subjectAt(tokens, k, know);
  if (!m || m.kind === 'unnamed' || m.kind === 'role') {
    // A name in apposition is more precise than a description (`Smith’s lawyer, John Doe`).
    const comma = tokens.findIndex((t, i) => i > k && i <= k + 5 && t.text === ',');
    const named = comma !== -1 && tokens.slice(k, comma).every((t) => t.kind === 'word') ? subjectAt(tokens, comma + 1, know) : null;
    if (named?.kind === 'person') m = named;
  }
  return m && trailOk(tokens, m.last + 1, maxTrail) ? alone(tokens, m) : null;
}

/** `Delgado said`, `the official added`, `Smith, a Democrat, said`: the speaker before the verb. */
function namedBefore(tokens: readonly Token[], k: number, maxTrail: number, know: NameKnowledge): Found | 'blocked' | null {
  for (let v = k + 1; v < Math.min(tokens.length, k + MAX_CLAUSE); v++) {
    const t = tokens[v]!;
    if (t.kind === 'quote' || (t.kind === 'punct' && t.text !== ',')) return null;
    // `one of the states suing`: after a determiner the word is a noun, not the verb.
    if (!isSpeechVerb(t) || DETERMINERS.has(lower(tokens[v - 1]))) continue;
    let j = v - 1;
    while (j > k && VERB_FILLERS.has(lower(tokens[j]))) j--;
    const appositive = tokens[j]!.text === ',';
    const m = alone(tokens, appositive ? appositiveSubject(tokens, k, know) : mentionEndingAt(tokens, j, know));
    if (m && (appositive || onlyModifiers(tokens, k, m.first))) return trailOk(tokens, v + 1, maxTrail) ? { mention: m, cue: lower(t) } : null;
    // `“…,” the report said`: a short subject right after the quote that is no speaker blocks other
    // readings; a verb further on (`“…,” drew criticism from Democrats who called …`) is another clause.
    return !m && j - k <= 2 && tokens.slice(k, j + 1).every((t) => t.kind === 'word') ? 'blocked' : null;
  }
  return null;
}

/**
 * `Smith, 54, said`: the name before the first comma; `the commission's president, Judge Isabel
 * Meneses, told reporters`: a name set off by commas after a description is more precise.
 */
function appositiveSubject(tokens: readonly Token[], k: number, know: NameKnowledge): Mention | null {
  const m = subjectAt(tokens, k, know);
  if (m?.kind === 'person') return tokens[m.last + 1]?.text === ',' ? m : null;
  // A description (read or not) up to the first comma, then a person's name up to the next.
  const comma = tokens.findIndex((t, i) => i > k && i <= k + 6 && t.text === ',');
  const describes = comma !== -1 && tokens.slice(k, comma).every((t) => t.kind === 'word') && (!m || m.last === comma - 1);
  const named = describes ? subjectAt(tokens, comma + 1, know) : null;
  if (named?.kind === 'person' && tokens[named.last + 1]?.text === ',') return named;
  return m && tokens[m.last + 1]?.text === ',' ? m : null;
}

const lower = (t: Token | undefined): string => t?.text.toLowerCase() ?? '';

/** A verb that reports speech in an attribution clause right after a quote (`said`, `continued`). */
function isSpeechVerb(t: Token | undefined): boolean {
  const w = t?.text.toLowerCase() ?? '';
  return t?.kind === 'word' && !isCapitalised(t.text) && (SPEECH_VERBS.has(w) || AFTER_QUOTE_VERBS.has(w));
}

/**
 * What may follow an attribution that closes a sentence: nothing, or a short phrase of time or place
 * (`on Tuesday`, `in a statement`) — not a clause of its own (`said she would not respond`).
 */
function trailOk(tokens: readonly Token[], from: number, maxTrail: number): boolean {
  if (maxTrail === Infinity) return true;
  const words = tokens.slice(from).filter((t) => t.kind !== 'punct' || t.text === ',');
  if (words.length === 0) return true;
  return words.length <= maxTrail && words.every((t) => t.kind === 'word') && TRAIL_OPENERS.has(lower(words[0]));
}

const TRAIL_OPENERS = new Set([...'on in at during after before to from last this yesterday today tonight earlier later afterwards'.split(' '), ...DAYS]);

/**
 * The speaker of the last speech cue before the quote in the same clause: `X said the closure
 * “…”`, `X described the country as a ‘…’`. Undefined when there is no cue; null when the last cue's
 * subject is no speaker (`the report described`, `was called`).
 */
export function cueBefore(tokens: readonly Token[], q: number, know: NameKnowledge): Found | 'blocked' | null {
  const cues = findCues(tokens, clauseFrom(tokens, q), q);
  const last = cues[cues.length - 1];
  if (!last) return null;
  const cue = last.kind === 'according' ? 'according to' : lower(tokens[last.at]);
  return found(cueSubject(tokens, last, know), cue) ?? 'blocked';
}

/** `“And,” she continued, “I need …”`: the attribution between the two halves of a quote. */
export function splitQuoteAttribution(tokens: readonly Token[], q: number, know: NameKnowledge): Found | null {
  let pq = q - 1;
  while (pq >= 0 && tokens[pq]!.kind !== 'quote') pq--;
  const between = tokens.slice(pq + 1, q);
  if (pq < 0 || between.filter((t) => t.kind === 'word').length > 8) return null;
  const m = attributionClause(tokens, tokens[pq + 1]?.text === ',' ? pq + 2 : pq + 1, Infinity, know);
  return m === 'blocked' ? null : m;
}

/**
 * Where the clause holding token `q` starts: after `;` or `, while` / `, but` … — unless `that`
 * follows (`X told reporters that …, but that … “…”`): the same reported speech goes on.
 */
function clauseFrom(tokens: readonly Token[], q: number): number {
  for (let b = q - 1; b > 0; b--) {
    if (tokens[b]!.text === ';') return b + 1;
    if (CLAUSE_BREAKS.has(tokens[b]!.text.toLowerCase()) && tokens[b - 1]!.text === ',' && lower(tokens[b + 1]) !== 'that') return b + 1;
  }
  return 0;
}

/** `The plan, which is “reckless,” will fail, Delgado said.`: an attribution closing the sentence. */
export function tailAttribution(tokens: readonly Token[], q: number, know: NameKnowledge): Found | null {
  // `Asked about the “menu item” comment, Sheinbaum said …`: a quote in an opening phrase is not hers.
  if (q < clauseStart(tokens)) return null;
  let comma = -1;
  tokens.forEach((t, i) => {
    if (i > q && t.text === ',') comma = i;
  });
  if (comma === -1) return null;
  const m = attributionClause(tokens, comma + 1, MAX_TAIL, know);
  return m === 'blocked' ? null : m;
}

/** `“Why now?” Delgado asked.`: a quote ending in ? or ! and a short sentence that attributes it. */
export function nextSentenceAttribution(para: ParagraphInfo, si: number, q: number, inner: string, know: NameKnowledge): Found | null {
  const next: SentenceInfo | undefined = para.sentences[si + 1];
  if (!next || !/[?!]$/u.test(inner) || !onlyPunctuation(para.sentences[si]!.tokens.slice(q + 1))) return null;
  const m = attributionClause(next.tokens, 0, MAX_TAIL, know);
  return m === 'blocked' ? null : m;
}

export function standsAlone(tokens: readonly Token[], q: number): boolean {
  return onlyPunctuation(tokens.slice(0, q)) && onlyPunctuation(tokens.slice(q + 1));
}

function onlyPunctuation(tokens: readonly Token[]): boolean {
  return tokens.every((t) => t.kind === 'punct');
}

/**
 * The speaker a sentence without quotes reports (`Different forms are gifted at weddings, she adds.`,
 * `He stated the following:`): a quote paragraph right after it goes on in that voice.
 */
export function reportedSpeaker(sentence: SentenceInfo, know: NameKnowledge): Mention | null {
  if (sentence.tokens.some((t) => t.kind === 'quote')) return null;
  const cues = findCues(sentence.tokens, 0, sentence.tokens.length).filter((c) => c.kind === 'verb');
  const last = cues[cues.length - 1];
  return last ? cueSubject(sentence.tokens, last, know) : null;
}
