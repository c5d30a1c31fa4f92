// Turns a question into its plan: one group per distinct content word (stop words dropped),
// abbreviations of spelled-out phrases, typo tolerance, prefix on an unfinished last word, and the
// kind of answer its question words ask for.
import { abbreviationsIn } from '../../text/phrases.ts';
import { tokenize, type Token } from '../../text/tokens.ts';
import type { AnswerKind, QueryPlan, TermGroup } from './plan.ts';
import { addTerm } from './plan.ts';
import { canBeNoun, isKnownWord } from './wordnet.ts';
import { dateWordsAt } from './date-words.ts';
import { quotedPhrases } from '../phrase.ts';

/** `tokens`: the question's, when the caller has them already. */
export function parseQuery(question: string, abbreviationWeight: number, tokens: readonly Token[] = tokenize(question)): QueryPlan {
  const groups: TermGroup[] = [];
  const dates = dateWordsAt(tokens);
  for (const [at, token] of tokens.entries()) {
    if (!token.term || dates.has(at) || groups.some((g) => g.terms[0]!.term === token.term)) continue;
    const label = token.text.toLowerCase();
    // A real English word missing from the articles is not a typo (`sanctions` is not `actions`).
    const fuzzy = !isKnownWord(label);
    const group: TermGroup = { source: token.text, terms: [{ term: token.term, weight: 1, kind: 'word', label }], fuzzy, prefix: false };
    groups.push(group);
    // The stemmer makes `died`, `dies` into `di` but leaves `die` whole (`lie`, `tie` too): each reaches the other.
    const other = /^\p{L}+ie$/u.test(label) ? `${label}d` : /^\p{L}+ie[ds]$/u.test(label) ? label.slice(0, -1) : null;
    const inflected = other && isKnownWord(other) ? tokenize(other)[0]?.term : null;
    if (inflected && inflected !== token.term) addTerm(group, { term: inflected, weight: 1, kind: 'word', label: other! });
  }
  const last = groups.at(-1);
  // A question that ends mid-word (no punctuation, no space) is still being typed.
  if (last && tokens.at(-1)?.term === last.terms[0]!.term && /[\p{L}\p{N}]$/u.test(question)) last.prefix = true;
  addAbbreviations(groups, abbreviationWeight);
  return { groups, hints: answerKinds(question), subject: subjectOf(tokens), question, phrases: quotedPhrases(question) };
}

/** `United States` in a question also reaches passages that only say `U.S.` (term `us`). */
function addAbbreviations(groups: TermGroup[], weight: number): void {
  const terms = groups.map((g) => g.terms[0]!.term);
  for (const { abbreviation, at } of abbreviationsIn(terms)) {
    if (terms.includes(abbreviation)) continue;
    addTerm(groups[at]!, { term: abbreviation, weight, kind: 'abbreviation', label: abbreviation.toUpperCase() });
  }
}

const HINTS: [RegExp, AnswerKind][] = [
  [/\bhow (many|much|big|large|tall|high|deep|old|far|wide|heavy|fast|often|long)\b|\bwhat (number|percentage|share|amount)\b/i, 'number'],
  [/\bwhen\b|\bwhat (year|date|day|month|time)\b|\bhow long\b|\bsince when\b/i, 'date'],
  // `Is it about to start?`, `how soon`: answered by how near or far something is, not by a date.
  [/\b(about to|going to|how soon|any time soon|soon|yet|imminent|imminently)\b/i, 'timing'],
  [/\bwho(m|se)?\b|\b(which|what|this) (person|official|leader|people|artist|singer|actor|actress|player|athlete|musician|rapper|star|celebrity|politician|author|director|comedian|performer|ceo)\b/i, 'person'],
  [/\bwhere\b|\b(which|what|this) (country|city|state|region|nation|town|island|capital|continent|county|province)\b/i, 'place'],
  [/\bwhy\b|\bfor what reason\b|\bwhat (causes?|caused|led)\b/i, 'reason'],
  // `what is arraignment`, `what does 3g network mean`: answered by the sentence that defines it.
  [/^\s*(what|who)(['’]s| is| are| was| were) (?!.*\b(of|in|on|for|from|to|at|by|with)\b)(an? |the )?[\p{L}\p{N}'’.&-]+( [\p{L}\p{N}'’.&-]+){0,3}\s*\??\s*$|\bwhat does .+ (mean|stand for|do)\b|\bwhat (kind|type) of \w+ (is|are|was|were)\b|\bmeaning of\b/iu, 'definition'],
];

/** What kind of answer the question's words ask for (`how many` → a number). */
function answerKinds(question: string): AnswerKind[] {
  return HINTS.filter(([re]) => re.test(question)).map(([, kind]) => kind);
}

const WH = /^(how|what|which|who|whom|whose|when|where|why)$/i;
const AUX = /^(is|are|was|were|has|have|had|do|does|did|will|would|can|could|should|might|may|must)$/i;

/**
 * The subject of a question asked with an auxiliary: the first content word after `has`, `did`,
 * `will`…, and the next one too when it can be a noun (`How have [the cartels] reacted`, `Would
 * [Mexican authorities] be notified`, but `What are [the cartels] afraid of`). An answer usually
 * keeps it as its own subject.
 */
function subjectOf(tokens: readonly Token[]): string[] {
  let at = 0;
  if (tokens[at] && WH.test(tokens[at]!.text)) {
    at++;
    if (tokens[at] && !AUX.test(tokens[at]!.text)) at++;
  }
  if (!tokens[at] || !AUX.test(tokens[at]!.text)) return [];
  const words = tokens.slice(at + 1, at + 4).filter((t) => t.term);
  const [first, second] = words;
  if (!first) return [];
  return second && second === tokens[tokens.indexOf(first) + 1] && canBeNoun(second.text) ? [first.term!, second.term!] : [first.term!];
}
