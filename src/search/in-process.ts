// The in-process search backend: a `PassageIndex` (flat postings built straight into typed arrays) that is
// the lexicon questions are planned against and the first candidate source (BM25 over the
// postings, `rank/first-pass.ts`). It alone knows how to save itself (`serialize`) and load back
// (`InProcessSource.restore`); the cache (`persist.ts`) keeps those bytes.
import type { Passage } from '../corpus/types.ts';
import type { SearchEngineOptions } from './options.ts';
import { PassageIndex } from './passage-index.ts';
import { applyChanges, type PassageMapping } from './segments.ts';
import { parseQuery } from './query/parse.ts';
import { expandWithWordNet } from './query/expand-wordnet.ts';
import { expandWithTables } from './query/expand-tables.ts';
import type { QueryPlan } from './query/plan.ts';
import { expandWithRoles, type RoleHolders } from './query/roles.ts';
import { CorpusRoleHolders } from './query/role-holders.ts';
import { scoreGroups, selectCandidates } from './rank/first-pass.ts';
import { idf } from './rank/idf.ts';
import { Scratch } from './rank/scratch.ts';
import type { CandidateSet, CandidateSource, Lexicon, Reached } from './source.ts';
import { suggestTerms } from './suggest.ts';
import { tokenize } from '../text/tokens.ts';
import { passagesWithPhrases } from './phrase.ts';
import type { Candidate } from './source.ts';

export class InProcessSource implements CandidateSource, Lexicon {
  readonly name = 'bm25';
  private readonly scratch = new Scratch();
  private readonly norms: Float32Array[];
  /** Who holds the offices questions name, read from the passages at the first question that names one. */
  private readonly roles: RoleHolders;

  private constructor(
    private readonly passages: readonly Passage[],
    private readonly index: PassageIndex,
    readonly options: SearchEngineOptions,
  ) {
    this.norms = index.lengthNorms(options.bm25.k, options.bm25.b);
    this.roles = new CorpusRoleHolders(index, passages);
  }

  /** `onProgress(done)` every thousand passages or so. */
  static build(passages: readonly Passage[], options: SearchEngineOptions, onProgress?: (done: number) => void): InProcessSource {
    return new InProcessSource(passages, PassageIndex.build(passages, onProgress), options);
  }

  /** Loads what `serialize()` wrote for the same passages; throws (`search: …`) when it does not fit. */
  static restore(passages: readonly Passage[], saved: Uint8Array, options: SearchEngineOptions): InProcessSource {
    const index = PassageIndex.restore(saved);
    if (index.documentCount !== passages.length) {
      throw new Error(`search: the saved index holds ${index.documentCount} passages, the corpus ${passages.length}`);
    }
    return new InProcessSource(passages, index, options);
  }

  /** The source for `after`, from this one's index and the passages that differ (`segments.ts`): only those are indexed. */
  withChanges(after: readonly Passage[], mapping?: PassageMapping): InProcessSource {
    return new InProcessSource(after, applyChanges(this.index, this.passages, after, mapping), this.options);
  }

  /** Everything built, as bytes that `restore` loads back. */
  serialize(): Uint8Array {
    return this.index.serialize();
  }

  /** `serialize()` in pieces for the cache writer, without one more copy of the whole. */
  serializeParts(): Uint8Array[] {
    return this.index.serializeParts();
  }

  /** The question's words, then what they stand for: table names, office holders and WordNet relations found in the index. */
  understand(query: string): QueryPlan {
    return planQuestion(query, this.index, this.options, this.roles);
  }

  suggest(query: string, max: number): Promise<string[]> {
    return Promise.resolve(suggestTerms(this.index, query, max));
  }

  /** BM25 over the postings. Runs to the end without awaiting, so the shared scratch arrays are never used by two queries at once. */
  candidates(plan: QueryPlan, k: number): Promise<CandidateSet> {
    const { index, scratch, norms } = this;
    const options = k === this.options.candidates ? this.options : { ...this.options, candidates: k };
    const reached: Reached = new Map();
    scratch.reset(index.documentCount);
    scoreGroups(index, norms, plan, options, scratch, reached);
    const candidates = withPhrases(selectCandidates(plan, options, scratch), plan, this.index, this.passages, scratch, k);
    return Promise.resolve({ candidates, reached, rarity: this.rarityOf(plan, reached) });
  }

  /** The rarity of every term the reader may weigh: those reached, the user's words, the subject. */
  private rarityOf(plan: QueryPlan, reached: Reached): Map<string, number> {
    const n = this.index.documentCount;
    const out = new Map<string, number>();
    const note = (term: string) => {
      if (!out.has(term)) out.set(term, idf(n, this.index.documentFrequency(term)));
    };
    for (const term of reached.keys()) note(term);
    for (const g of plan.groups) note(g.terms[0]!.term);
    for (const term of plan.subject) note(term);
    return out;
  }
}

/** The question's words, then what they stand for in `index`'s vocabulary (every lexicon plans this way). */
export function planQuestion(query: string, index: PassageIndex, options: Pick<SearchEngineOptions, 'expansion' | 'wordnet'>, roles?: RoleHolders): QueryPlan {
  const tokens = tokenize(query);
  const plan = parseQuery(query, options.expansion.abbreviation, tokens);
  if (plan.groups.length === 0) return plan;
  expandWithTables(plan, tokens, index, options.expansion);
  expandWithRoles(plan, tokens, index, options.expansion.role, roles);
  expandWithWordNet(plan, tokens, index, options.expansion, options.wordnet);
  return plan;
}

/** A quoted phrase's passages join the candidates, however common its words (the reader puts them first). */
function withPhrases(found: Candidate[], plan: QueryPlan, index: PassageIndex, passages: readonly Passage[], scratch: Scratch, k: number): Candidate[] {
  if (!plan.phrases?.length) return found;
  const known = new Set(found.map((c) => c.id));
  const extra = passagesWithPhrases(plan.phrases, index, passages, k).filter((id) => !known.has(id));
  return found.concat(extra.map((id) => ({ id, score: scratch.total[id] ?? 0, coverage: scratch.coverage[id] ?? 0 })));
}
