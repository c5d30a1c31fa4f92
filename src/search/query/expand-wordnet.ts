// Expands each of the user's words (and two- or three-word phrases WordNet knows, `go after`,
// `TV channel`) with WordNet synonyms and broader/narrower terms that occur in the index.
import type { ExpansionWeights } from '../options.ts';
import type { PassageIndex } from '../passage-index.ts';
import { fold } from '../text/fold.ts';
import { termOf, tokenize } from '../text/tokens.ts';
import { addTerm, type QueryPlan, type TermGroup } from './plan.ts';
import { relatedLemmas, isKnownWord } from './wordnet.ts';

/** Expansions kept per word, best first: more adds noise and time, rarely the answer. */
const PER_WORD = 8;

export function expandWithWordNet(plan: QueryPlan, question: string, index: PassageIndex, weights: ExpansionWeights): void {
  if (weights.synonym === 0 && weights.related === 0) return;
  for (const group of plan.groups) if (group.own && isLowerCase(group.source)) expandGroup(group, group.source, index, weights);
  for (const { phrase, host } of phrases(question, plan)) expandGroup(host, phrase, index, weights);
}

// Names (Mexico, Trump) are left to the place and vocabulary tables: WordNet's senses for them are
// rarely what a news question means.
const isLowerCase = (word: string) => word === word.toLowerCase();

function expandGroup(group: TermGroup, word: string, index: PassageIndex, weights: ExpansionWeights): void {
  const limit = index.documentCount * 0.2;
  let added = 0;
  for (const r of relatedLemmas(word)) {
    if (added >= PER_WORD) return;
    if (r.lemma.includes(' ')) continue;
    const term = termOf(r.lemma);
    if (!term || group.terms.some((t) => t.term === term)) continue;
    const df = index.documentFrequency(term);
    if (df === 0 || df > limit) continue;
    const base = r.relation === 'synonym' ? weights.synonym : weights.related;
    addTerm(group, { term, weight: base * (1 - 0.2 * r.sense), kind: r.relation, label: r.lemma });
    added++;
  }
}

/** Runs of two or three question words that WordNet knows as one lemma, with the group they extend. */
function phrases(question: string, plan: QueryPlan): { phrase: string; host: TermGroup }[] {
  const tokens = tokenize(question);
  const found: { phrase: string; host: TermGroup }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    for (const n of [3, 2]) {
      const run = tokens.slice(i, i + n);
      if (run.length < n) continue;
      const phrase = run.map((t) => fold(t.text)).join(' ');
      const content = run.find((t) => t.term);
      const host = content && plan.groups.find((g) => g.terms[0]!.term === content.term);
      if (host && isKnownWord(phrase)) {
        found.push({ phrase, host });
        break;
      }
    }
  }
  return found;
}
