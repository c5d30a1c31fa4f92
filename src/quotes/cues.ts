// Speech cues in a sentence (`said`, `told reporters`, `Rubio’s statement`, `according to`, `as X
// put it`) and the speaker each one points to.
import { clauseStart, subjectAt } from './clauses.ts';
import { isCapitalised } from './fold.ts';
import {
  BE_FORMS,
  CALL_PARTICLES,
  DETERMINERS,
  EXAMPLE_WORDS,
  FROM_NOUNS,
  PARTICLE_VERBS,
  PRONOUNS,
  QUOTING_VERBS,
  ROLE_WORDS,
  SPEECH_NOUNS,
  SPEECH_VERBS,
  VERB_FILLERS,
} from './lexicon.ts';
import { mentionEndingAt, type Mention, type NameKnowledge } from './mentions.ts';
import { possessiveBase, type Token } from './tokens.ts';

export interface Cue {
  kind: 'verb' | 'noun' | 'according' | 'from' | 'quoting';
  /** Token index of the verb, noun or `according`. */
  at: number;
}

/** What a cue says about its speaker: a mention, or that the text names no speaker we can read. */
export type CueSubject = Mention | null;

const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'its', 'their']);
const lower = (t: Token | undefined): string => t?.text.toLowerCase() ?? '';

/** The speech cues among `tokens[from, to)`, in order. */
export function findCues(tokens: readonly Token[], from: number, to: number): Cue[] {
  const cues: Cue[] = [];
  for (let i = from; i < to; i++) {
    const kind = cueKind(tokens, i);
    if (kind) cues.push({ kind, at: i });
  }
  return cues;
}

function cueKind(tokens: readonly Token[], i: number): Cue['kind'] | null {
  const t = tokens[i]!;
  const w = lower(t);
  if (t.kind !== 'word') return null;
  // `According to the source:` may open a sentence; other capitalised words are names, not cues.
  if (isCapitalised(t.text)) return w === 'according' && lower(tokens[i + 1]) === 'to' ? 'according' : null;
  if (w === 'according' && lower(tokens[i + 1]) === 'to') return 'according';
  if (FROM_NOUNS.has(w) && lower(tokens[i + 1]) === 'from') return 'from';
  if (QUOTING_VERBS.has(w) && tokens[i + 1]?.kind === 'word') return 'quoting';
  if (SPEECH_NOUNS.has(w) && possessorOf(tokens, i) !== -1) return 'noun';
  const particle = PARTICLE_VERBS.get(w);
  if (particle) return lower(tokens[i + 1]) === particle ? 'verb' : null;
  if (!SPEECH_VERBS.has(w)) return null;
  // `a warning`, `the statement`: a noun, not a verb.
  if (DETERMINERS.has(lower(tokens[i - 1])) || POSSESSIVE_PRONOUNS.has(lower(tokens[i - 1]))) return null;
  if (/^call/.test(w) && CALL_PARTICLES.has(lower(tokens[i + 1]))) return null;
  // `what it calls a "blue lane"`, `what critics describe as`: the name of a thing, not speech.
  if (NAMING_VERBS.test(w) && isWhatClause(tokens, i)) return null;
  return 'verb';
}

const NAMING_VERBS = /^(?:call|calls|called|dub|dubs|dubbed|term|terms|termed|describe|describes|described|label|labels|labelled|labeled)$/;

/** `what` one or two words before the verb (`what it calls`, `what city officials call`). */
function isWhatClause(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    if (tokens[k]!.kind !== 'word') return false;
    if (lower(tokens[k]) === 'what') return true;
  }
  return false;
}

/** Index of the owner of a speech noun (`Rubio’s` / `her` [blunt] `statement`), or -1. */
function possessorOf(tokens: readonly Token[], i: number): number {
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    const t = tokens[k]!;
    if (t.kind !== 'word') return -1;
    if (possessiveBase(t.text) !== null || POSSESSIVE_PRONOUNS.has(lower(t))) return k;
    if (isCapitalised(t.text) || DETERMINERS.has(lower(t))) return -1;
  }
  return -1;
}

/** The speaker a cue points to, or null when its subject is not a speaker (a report, a group, a passive). */
export function cueSubject(tokens: readonly Token[], cue: Cue, know: NameKnowledge): CueSubject {
  if (cue.kind === 'according' || cue.kind === 'from') return subjectAt(tokens, cue.at + 2, know);
  if (cue.kind === 'quoting') return subjectAt(tokens, cue.at + 1, know);
  if (cue.kind === 'noun') return ownerMention(tokens, possessorOf(tokens, cue.at), know);
  return verbSubject(tokens, cue.at, know);
}

function ownerMention(tokens: readonly Token[], k: number, know: NameKnowledge): Mention | null {
  const w = lower(tokens[k]);
  if (w === 'their') return null;
  if (POSSESSIVE_PRONOUNS.has(w)) return { kind: 'pronoun', text: w, name: [], first: k, last: k, gender: PRONOUNS.get(w)! };
  return mentionEndingAt(tokens, k, know);
}

function verbSubject(tokens: readonly Token[], at: number, know: NameKnowledge): CueSubject {
  let j = at - 1;
  let passive = false;
  while (j >= 0 && tokens[j]!.kind === 'word' && isFiller(lower(tokens[j]))) {
    passive ||= BE_FORMS.has(lower(tokens[j]));
    j--;
  }
  if (passive) return null;
  const before = tokens[j];
  // A sentence that opens with the verb (`Said the mayor: …`); after a quote (`“on the table,” adding,
  // “…”`) the verb hangs on the clause's subject, and what follows it is what was said.
  if (!before) return subjectAt(tokens, at + 1, know);
  if (before.kind === 'quote') return clauseSubject(tokens, at, know);
  if (/^(?:who|which)$/i.test(before.text) && tokens[j - 1]?.text === ',') return mentionEndingAt(tokens, j - 2, know);
  if (before.text === ',') return speakerBeforeComma(tokens, j, know) ?? clauseSubject(tokens, at, know);
  if (/^(?:and|but|or|yet|then)$/i.test(before.text)) return clauseSubject(tokens, at, know);
  if (/^as$/i.test(before.text)) return quotedAs(tokens, j, know);
  return alone(tokens, mentionEndingAt(tokens, j, know));
}

/**
 * `…, said Castañeda, adding that …`: the speaker a speech verb just named before the comma, whom a
 * participle after it goes on with (rather than the sentence's own subject).
 */
function speakerBeforeComma(tokens: readonly Token[], comma: number, know: NameKnowledge): Mention | null {
  const m = mentionEndingAt(tokens, comma - 1, know);
  if (!m || m.kind === 'pronoun') return null;
  for (let k = m.first - 1; k >= Math.max(0, m.first - 4); k--) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || isCapitalised(t.text)) return null;
    if (SPEECH_VERBS.has(lower(t))) return m;
  }
  return null;
}

/** `Reuters quoted Smith as saying` / `Smith was quoted as saying`: the one quoted. */
function quotedAs(tokens: readonly Token[], as: number, know: NameKnowledge): Mention | null {
  if (lower(tokens[as - 1]) === 'quoted') {
    let k = as - 2;
    while (k >= 0 && isFiller(lower(tokens[k]))) k--;
    return BE_FORMS.has(lower(tokens[k + 1])) ? alone(tokens, mentionEndingAt(tokens, k, know)) : null;
  }
  const m = mentionEndingAt(tokens, as - 1, know);
  return m && lower(tokens[m.first - 1]) === 'quoted' ? m : null;
}

/** `Smith and Jones said in a joint statement`: no single speaker. (`President and CEO Gary Pruitt` is one.) */
export function alone(tokens: readonly Token[], m: Mention | null): Mention | null {
  if (!m) return null;
  const and = (t: Token | undefined) => /^(?:and|or|&)$/i.test(t?.text ?? '');
  const name = (t: Token | undefined) => t?.kind === 'word' && isCapitalised(t.text) && !ROLE_WORDS.has(t.text.toLowerCase());
  const joined = (and(tokens[m.first - 1]) && name(tokens[m.first - 2])) || (and(tokens[m.last + 1]) && name(tokens[m.last + 2]));
  return joined ? null : m;
}

function isFiller(w: string): boolean {
  return VERB_FILLERS.has(w) || BE_FORMS.has(w) || /n['’]t$/.test(w) || (/ly$/.test(w) && w.length > 4);
}

/** The subject of the clause a participle or a second verb hangs on (`Sheinbaum …, stating`). */
function clauseSubject(tokens: readonly Token[], upTo: number, know: NameKnowledge): Mention | null {
  const start = clauseStart(tokens);
  const subject = alone(tokens, subjectAt(tokens, start, know));
  // `Carney’s finance minister, Dominic LeBlanc, echoed …`: the name says more than the description.
  // A group with one member named as an example (`Top Republicans, including Jim Jordan, have said`)
  // stays the group: the words may be any member's, so they are not given to the example.
  if (!subject || subject.kind === 'unnamed' || subject.kind === 'role') return appositiveName(tokens, start, know) ?? subject;
  return subject;
}

/** `His spokesman, John Doe, said`: a name set off by commas right after an unreadable subject. */
function appositiveName(tokens: readonly Token[], start: number, know: NameKnowledge): Mention | null {
  const comma = tokens.findIndex((t, i) => i > start && i <= start + 4 && t.text === ',');
  if (comma === -1 || !tokens.slice(start, comma).every((t) => t.kind === 'word')) return null;
  if (EXAMPLE_WORDS.has(lower(tokens[comma + 1]))) return null; // `Some nominees, like X,`: an example, not the subject
  const m = subjectAt(tokens, comma + 1, know);
  return m?.kind === 'person' && tokens[m.last + 1]?.text === ',' ? m : null;
}
