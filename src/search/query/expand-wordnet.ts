// Expands each of the user's words (and two- or three-word phrases WordNet knows, `go after`,
// `TV channel`) with WordNet synonyms and broader/narrower terms that occur in the index.
import type { ExpansionWeights, SearchEngineOptions } from '../options.ts';
import type { PassageIndex } from '../passage-index.ts';
import { fold } from '../../text/fold.ts';
import { termOf, type Token } from '../../text/tokens.ts';
import { addTerm, mergePhrase, type QueryPlan, type TermGroup } from './plan.ts';
import { relatedLemmas, isKnownWord, type WordClass } from './wordnet.ts';

type Limits = SearchEngineOptions['wordnet'];

/** `tokens`: the question's (`tokenize`). */
export function expandWithWordNet(plan: QueryPlan, tokens: readonly Token[], index: PassageIndex, weights: ExpansionWeights, limits: Limits): void {
  if (weights.synonym === 0 && weights.related === 0 && weights.derivation === 0) return;
  const found = phrases(tokens, plan);
  // A word inside a known phrase means what the phrase means (`channel` in `TV channel`).
  const inPhrase = new Set(found.flatMap((f) => f.terms));
  for (const group of plan.groups) {
    const term = group.terms[0]!.term;
    // A capital on the question's first word is only the sentence's.
    const name = !isLowerCase(group.source) && tokens[0]?.text !== group.source;
    if (inPhrase.has(term) || name || GENERIC.has(group.source.toLowerCase())) continue;
    // `Which vehicle…` asks for a kind of vehicle by name: narrower terms are answers, not loose matches.
    const focus = /^(which|what)$/i.test(tokens[tokens.findIndex((t) => t.term === term) - 1]?.text ?? '');
    // Elsewhere broader and narrower terms stray (`willing` → choice, `leader` → initiator).
    const w = focus ? { ...weights, related: weights.synonym } : { ...weights, related: 0 };
    expandGroup(group, group.source, wordClass(tokens, term), index, w, limits);
  }
  for (const { phrase, host, terms } of found) {
    mergePhrase(plan, host, terms);
    expandGroup(host, phrase, 'any', index, weights, limits);
  }
}

/**
 * Words of quantity and frame whose WordNet neighbours are noise in a question (`times` →
 * multiplication, `part` → relation, item, `many` → multiplicity): they are matched as written only.
 */
const GENERIC = new Set('many much more most times time part parts kind kinds type types way ways thing things number lot lots amount piece example case'.split(' '));

const DETERMINERS = new Set('the a an this that these those which what whose his her its their our my your any some every each no'.split(' '));
const VERB_MARKERS = new Set('to did do does will would can could should may might must not'.split(' '));

/** A rough part of speech from the word before: `the fleet` is a noun, `to begin` a verb. */
function wordClass(tokens: readonly Token[], term: string): WordClass {
  const i = tokens.findIndex((t) => t.term === term);
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  if (!before) return 'any';
  const prev = before.text.toLowerCase();
  if (VERB_MARKERS.has(prev)) return 'verb';
  // A noun, unless it modifies the next word (`the whole region`).
  const nounish = DETERMINERS.has(prev) || /^\p{Lu}/u.test(before.text);
  return nounish && !after?.term ? 'noun' : 'any';
}

// Names (Mexico, Trump) are left to the place and vocabulary tables: WordNet's senses for them are
// rarely what a news question means.
const isLowerCase = (word: string) => word === word.toLowerCase();

/** Expansions kept per word, best first (`limits.perWord`): more adds noise and time, rarely the answer. */
function expandGroup(group: TermGroup, word: string, wordClass: WordClass, index: PassageIndex, weights: ExpansionWeights, limits: Limits): void {
  // On a tiny corpus, an expansion in two passages still says something.
  const limit = Math.max(2, index.documentCount * limits.maxShare);
  let added = 0;
  for (const r of relatedLemmas(word, wordClass)) {
    if (added >= limits.perWord) return;
    if (r.lemma.includes(' ')) continue;
    const term = termOf(r.lemma);
    if (!term || group.terms.some((t) => t.term === term)) continue;
    const id = index.termId(term);
    const df = index.documentFrequency(term);
    if (id === undefined || df === 0 || df > limit || !sameWord(index.surfaceOf(id), r.lemma)) continue;
    const base = r.relation === 'related' ? weights.related : weights[r.relation];
    if (base === 0) continue;
    addTerm(group, { term, weight: base * (1 - limits.senseDecay * r.sense), kind: r.relation, label: r.lemma });
    added++;
  }
}

/**
 * Does the index's term come from this lemma and not from a longer word the stemmer folded into it
 * (`intern` and international share the stem `intern`)?
 */
function sameWord(surface: string, lemma: string): boolean {
  return surface.length <= lemma.length + 4;
}

/** Runs of two or three question words that WordNet knows as one lemma, with the group they extend. */
function phrases(tokens: readonly Token[], plan: QueryPlan): { phrase: string; host: TermGroup; terms: string[] }[] {
  const found: { phrase: string; host: TermGroup; terms: string[] }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    for (const n of [3, 2]) {
      const run = tokens.slice(i, i + n);
      if (run.length < n) continue;
      const phrase = run.map((t) => fold(t.text)).join(' ');
      const content = run.find((t) => t.term);
      const host = content && plan.groups.find((g) => g.terms[0]!.term === content.term);
      if (host && isKnownWord(phrase)) {
        found.push({ phrase, host, terms: run.flatMap((t) => (t.term ? [t.term] : [])) });
        break;
      }
    }
  }
  return found;
}
