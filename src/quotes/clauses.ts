// Finds a sentence's subject: the speaker a participle (`…, stating`) or a colon (`she ruled it
// out: “…”`) refers to. Introductory phrases (`During a news conference,`) are skipped first.
import { isCapitalised } from './fold.ts';
import { BE_FORMS, DETERMINERS, INTRO_WORDS, LEADING_ADVERBS, ROLE_WORDS, SPEECH_VERBS, VERB_FILLERS } from './lexicon.ts';
import { mentionEndingAt, type Mention, type NameKnowledge } from './mentions.ts';
import { possessiveBase, type Token } from './tokens.ts';

const MAX_INTRO = 16;
const MAX_SUBJECT = 10;
/** Lower-case nouns that may qualify a role before a name (`county engineer`, `shop owner`). */
const ROLE_QUALIFIERS = new Set(
  'county city state federal local shop store school police fire party campaign team company union committee board district court hospital university college club village town deputy assistant senior former top chief acting interim longtime veteran army navy military government panel subcommittee commission caucus council agency department'.split(' '),
);
const AUXILIARIES = new Set(['has', 'have', 'had', 'will', 'would', 'did', 'does', 'do', 'can', 'could']);
/** Words that never sit inside a name's titles. */
const FUNCTION_WORDS = new Set([
  ...'that as and or but with who whom which to by for in on at from into than then if because while when where about after before over under'.split(' '),
  ...SPEECH_VERBS,
  ...VERB_FILLERS,
  ...BE_FORMS,
]);

const isWord = (t: Token | undefined): t is Token => t?.kind === 'word';
const lower = (t: Token | undefined): string => t?.text.toLowerCase() ?? '';

/** Index of the first token of the main clause, after introductory phrases and leading adverbs. */
export function clauseStart(tokens: readonly Token[], from = 0): number {
  let i = from;
  for (let guard = 0; guard < 4 && isWord(tokens[i]); guard++) {
    const comma = INTRO_WORDS.has(lower(tokens[i])) ? introEnd(tokens, i) : -1;
    if (comma !== -1) i = comma + 1;
    else if (LEADING_ADVERBS.has(lower(tokens[i])) && isWord(tokens[i + 1])) i++;
    else break;
  }
  return i;
}

/** The comma closing an introductory phrase that starts at `i`, or -1 when the phrase has a verb of its own. */
function introEnd(tokens: readonly Token[], i: number): number {
  for (let k = i + 1; k < Math.min(tokens.length, i + MAX_INTRO); k++) {
    const t = tokens[k]!;
    if (t.text === ',') return k;
    if (t.kind === 'punct' || BE_FORMS.has(lower(t)) || AUXILIARIES.has(lower(t))) return -1;
  }
  return -1;
}

/** The speaker-like phrase that opens the clause at `start`: a pronoun, a name with its titles, or an unnamed source. */
export function subjectAt(tokens: readonly Token[], start: number, know: NameKnowledge): Mention | null {
  const first = tokens[start];
  if (!isWord(first)) return null;
  const pronoun = mentionEndingAt(tokens, start, know);
  if (pronoun?.kind === 'pronoun') return possessiveBase(first.text) === null && !/^her$/i.test(first.text) ? pronoun : null;
  for (let k = subjectLimit(tokens, start) - 1; k >= start; k--) {
    const m = mentionEndingAt(tokens, k, know);
    if (m && m.kind !== 'pronoun' && possessiveBase(tokens[k]!.text) === null && onlyModifiers(tokens, start, m.first)) return m;
  }
  return null;
}

function subjectLimit(tokens: readonly Token[], start: number): number {
  let k = start;
  while (k < Math.min(tokens.length, start + MAX_SUBJECT) && isWord(tokens[k])) {
    const w = lower(tokens[k]);
    if (k > start && !isCapitalised(tokens[k]!.text) && (SPEECH_VERBS.has(w) || VERB_FILLERS.has(w) || BE_FORMS.has(w))) break;
    k++;
  }
  return k;
}

/**
 * Words a name may follow and still be the subject: `Mexico’s`, `County commissioner`, `German
 * tennis player`. Lower-case words must lead to a title right before the name (`Sheinbaum met
 * President Trump`: `met` is no title); never a determiner (`some Trump nominees`: the name only
 * qualifies the noun after it), a function word or a verb form.
 */
export function onlyModifiers(tokens: readonly Token[], from: number, to: number): boolean {
  if (to - from > 5) return false;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    const w = lower(t);
    if (t.kind !== 'word' || FUNCTION_WORDS.has(w) || DETERMINERS.has(w)) return false;
    const titled = isCapitalised(t.text) || possessiveBase(t.text) !== null || ROLE_WORDS.has(w) || ROLE_QUALIFIERS.has(w);
    if (!titled && /(?:ed|ing|ly)$/.test(w)) return false;
  }
  // A name that starts at (or, run together with the word before, ahead of) the clause: nothing before it.
  if (to <= from) return true;
  const last = tokens[to - 1]!;
  // `panel Chairman Jason Chaffetz`: a qualifier right before a title that opens the name.
  const next = tokens[to];
  const qualifiesTitle = next !== undefined && ROLE_QUALIFIERS.has(lower(last)) && ROLE_WORDS.has(lower(next));
  return isCapitalised(last.text) || possessiveBase(last.text) !== null || ROLE_WORDS.has(lower(last)) || isAgentNoun(lower(last)) || qualifiesTitle;
}

/** A job that is no title but reads as one before a name: `meteorologist`, `shop keeper`, `historian`. */
const isAgentNoun = (w: string): boolean => /^\p{Ll}{3,}(?:ist|er|or|ian|ant|ent)$/u.test(w) && !NOT_AGENTS.has(w);
const NOT_AGENTS = new Set('never ever however whenever wherever whether either neither rather later together other another further former latter recent present'.split(' '));

