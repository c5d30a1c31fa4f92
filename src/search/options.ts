// Every knob of the search engine in one documented type, with one defaults object (minisearch's manner).
// `createSearchEngine(corpus, options)` and `restoreSearchEngine(corpus, saved, options)` take a
// partial of it; what is left out keeps its default.

import type { AnswerKind } from './query/plan.ts';

export interface SearchEngineOptions {
  /** How many hits `search` returns when the caller gives no limit. Default 3. */
  limit: number;
  /**
   * Score multiplier of a match in each field: the passage text dominates. The heading and the
   * article's title are weaker fields, so a follow-up paragraph that names its subject only there
   * is still found. Title 0.3 (was 0.15), on the public sets' developers' halves: wikiqa hit@1
   * +0.6, rtqa and squad2 unchanged (±0.1). The previous paragraph as a field, and an article
   * score from the other candidates, were measured and left out (no gain, squad2 lost up to 0.7).
   */
  fieldWeights: { text: number; heading: number; title: number };
  /**
   * BM25 parameters (term-frequency saturation `k`, length normalisation `b`, floor `d`). A field
   * whose term has an idf below `minIdf` is skipped: a word in (nearly) every passage, as a title
   * word often is, tells passages apart by nothing.
   */
  bm25: { k: number; b: number; d: number; minIdf: number };
  /**
   * Typo tolerance: words of at least `minLength` letters match index terms within one edit, two
   * from `twoEditsFrom` letters on (never more than `maxDistance`); short words have too many
   * neighbours one edit away.
   */
  fuzzy: { minLength: number; maxDistance: number; twoEditsFrom: number; weight: number };
  /**
   * Word families the stemmer misses: index terms that extend a word's stem, or that it extends,
   * by at most `maxSuffix` letters (`threaten` ↔ `threat`, `venezuela` ↔ `venezuelan`).
   */
  family: { minLength: number; maxSuffix: number; weight: number };
  /**
   * The last word of the question also matches as a prefix (`hegs` → Hegseth), for at most
   * `maxTerms` index terms. A completion weighs `weight × p / (p + decay × extra letters)` for a
   * prefix of `p` letters: longer completions are less likely what is being typed.
   */
  prefix: { minLength: number; weight: number; decay: number; maxTerms: number };
  /**
   * First pass, for questions of at most `maxWords` content words: a passage's BM25 score ×
   * (1 + words matched) / (1 + words asked), so a short query's words are found together
   * (`United States`). Past that, plain BM25: on the public sets' long quiz questions, requiring
   * every word cost 2 points of hit@1 (rtqa 44.7 → 42.6).
   */
  coordination: { maxWords: number };
  /** How many first-pass passages are re-ranked sentence by sentence. */
  candidates: number;
  /**
   * The first pass's shortcut: a term in more than `passages` passages, and in more than `ratio`
   * times as many as those matched so far (once `candidates` are), is read only for passages
   * already matched. On a large corpus a passage holding nothing but common words would not reach
   * the first results anyway, and walking every one of them is most of the cost.
   */
  common: { passages: number; ratio: number };
  /**
   * An expansion (not the user's word) in more than `passages` passages and more than `share` of
   * the corpus says little and costs a long walk: it is dropped.
   */
  commonExpansion: { passages: number; share: number };
  /** Weight of the best sentence (or pair) of a passage beside its whole-passage score. */
  sentenceWeight: number;
  /** Each sentence past the first in an excerpt window costs this share of its score, so a tie goes to the shorter excerpt. */
  extraSentenceCost: number;
  /**
   * Two of the question's words within `distance` words of each other, in the question's order,
   * add `weight` × the lesser of their scores to the sentence.
   */
  proximity: { distance: number; weight: number };
  /** Query understanding: weights of expansions, relative to the user's own words (1). 0 turns one off. */
  expansion: ExpansionWeights;
  /**
   * Bonus, relative to one matched word, for passages of the kind a question word asks for. A
   * person counts only within `hintNear` characters of a matched word: for "who warned…" the name
   * must be the one warning, not any name in the passage.
   */
  hintWeight: number;
  hintNear: number;
  /**
   * Per kind of answer, a multiplier of `hintWeight` (1 when absent): a quantity (a figure that is
   * not a year or a day of a month) for `how many/much/big/old…`, and a sentence defining the
   * question's word for `what is X`, `what does X mean`, tell the answer apart better than a name
   * or a place do. With the encoder, hit@1 beside the stemmed BM25 peer: the new kinds (quantity,
   * definition, `what causes`) at 1 took wikiqa 42.8 → 43.9; number and definition at 2 with
   * `titleCredit` 1.5, wikiqa 45.7 (peer 30.2), rtqa 54.4 → 54.4 (46.1), squad2 80.9 → 81.0
   * (76.3). A `hintWeight` of 1.2 for every kind did as well on wikiqa but cost rtqa 0.2 and squad2 0.5.
   */
  hintKinds: Partial<Record<AnswerKind, number>>;
  /**
   * Bonus, in units of the word's rarity, for a passage with a sentence that opens with the
   * question's subject (`cartel bosses are rattled` for "How have the cartels reacted?"), within
   * its first `subjectSpan` content words.
   */
  subjectWeight: number;
  subjectSpan: number;
  /**
   * A question word that names the subject the article's opening defines ("Auburndale is a city
   * in…", `rank/about.ts`) counts in every sentence of the article at `titleCredit` × its value,
   * unless the sentence names it itself: "The population was 11,032" is about Auburndale. News
   * stories and files of unrelated paragraphs rarely open with a definition, so they keep their
   * ranking. Measured with the encoder (hit@1, peer beside): wikiqa +0.7 alone (see `hintKinds`
   * for both together), rtqa and squad2 ±0.
   */
  titleCredit: number;
  /**
   * WordNet expansion: at most `perWord` terms a word; a term in more than `maxShare` of the
   * passages is too general to stand in for anything; each later sense of a word weighs
   * `senseDecay` less than the one before (WordNet lists the commonest sense first).
   */
  wordnet: { perWord: number; maxShare: number; senseDecay: number };
  /** Excerpts: at most this many sentences, trimmed with `…` past `maxLength` characters. */
  excerpt: { maxSentences: number; maxLength: number };
  /**
   * Meaning beside words (`semantic/`), once the passage vectors are ready: the `candidates`
   * passages closest to the question join BM25's, and each candidate's final score is
   * z(score) + `weight` · z(cosine). `sifA` is SIF's smoothing: a word of probability p weighs
   * a / (a + p), so "the" counts ~1% of a rare word. Measured on the public sets' developers' halves.
   * Once the sentence encoder's vectors are attached too, its `sentenceCandidates` closest passages
   * join, and the meaning fused, with `sentenceWeight` in place of `weight`, is
   * (1 − `sentenceShare`) · z(word cosine) + `sentenceShare` · z(its cosine). A corpus of more than
   * `sentenceMaxPassages` passages gets no sentence vectors (`semantic/sentences.ts` says why); an
   * answer waits at most `sentenceWaitMs` after BM25 for the question's sentence vector (~25 ms on a
   * free core), then goes on without it. A hit whose sentence cosine with the question reaches
   * `sentenceGood` is never weak, though it may share no word with the question (`goodMatchWithSense`).
   * With sentence vectors, the meaning's weight shrinks by `sentenceYield` × the share of the
   * question's words (`SearchHit.match`) the best passage by words holds: a question whose words a
   * passage holds nearly all of (SQuAD's, written from the paragraph) is answered by words first.
   * Measured on the developers' halves, /ask hit@1 with the encoder beside the stemmed BM25 peer of
   * the same runs: share 0.8 → 1 (word vectors still bring candidates, but the encoder alone says
   * what they mean), weight 1 → 1.5 and yield 0 → 0.4 took rtqa 52.3 → 54.4 (peer 46.1) and
   * squad2 81.0 → 80.9 (peer 76.3; weight 1.5 alone costs squad2 1.5 points, the yield wins them back).
   */
  semantic: { candidates: number; weight: number; sifA: number; sentenceWeight: number; sentenceShare: number; sentenceCandidates: number; sentenceMaxPassages: number; sentenceWaitMs: number; sentenceGood: number; sentenceYield: number };
  /**
   * Without the sentence encoder's cosine, a hit holding less than this share of the question's
   * word weight (`SearchHit.match`) is weak: `/ask` leaves it out, and says nothing good matches
   * when every hit is. Words only, counted as /ask shows its hits (stemmed BM25 peer beside): at 0.2
   * rtqa fell to 45.2 hit@1 (peer 46.1; it refused 2.8% of right first answers), at 0.15 46.3,
   * wikiqa 44.4 both, squad2 79.1 both (peer 30.2, 76.3); 450 public-set questions asked of the seed
   * corpus, which cannot answer them, get a weak first answer 65% of the time at 0.2, 48% at 0.15,
   * 22% at 0.1.
   */
  goodMatch: number;
  /**
   * Once the encoder's cosine with the question (`sense`) is known, words and meaning add up
   * instead: a hit is weak when match / `goodMatchWithSense` + sense / `semantic.sentenceGood` < 1
   * (a straight line from half the question's words and no meaning to a cosine of 0.4 and no
   * words). The either-or rule before (weak when match < 0.2 and cosine < 0.5) refused right first
   * answers that hold some of both, as a paraphrase does, and, in a small archive where most of the
   * question's words are in every passage or in none (match near 0), many more: right first answers
   * refused / wrong ones withheld, before → after: rtqa 6 / 11 → 0 / 0 of 1000, wikiqa 1 / 4 → 2 / 2,
   * squad2 0 / 0 → 0 / 0, the seed corpus's blind set (`bench/qa/seed-questions.json`) 3 / 4 → 0 / 0
   * of 74; each article its own corpus (`bench/qa/within.ts`): rtqa 109 / 22 → 9 / 14, wikiqa
   * 40 / 39 → 12 / 14, squad2 4 / 5 → 0 / 4; of the 450 unanswerable questions above, 67% → 55% get a
   * weak first answer. An answer waits only `semantic.sentenceWaitMs` for the question's encoder
   * vector: when it comes late, the words-only bar decides.
   */
  goodMatchWithSense: number;
}

export interface ExpansionWeights {
  /** Abbreviations spelled out and back (`US` ↔ `United States`). */
  abbreviation: number;
  /** WordNet synonyms (`afraid` → `fear`). */
  synonym: number;
  /**
   * WordNet's derivational links, the same idea in another part of speech (`demolished` →
   * `demolition`, `resign` → `resignation`): nearly the word itself, which the stemmer cannot see.
   */
  derivation: number;
  /** WordNet broader and narrower terms (`vehicle` → `truck`). */
  related: number;
  /** Capitals and seats of government for their country (`Caracas` → Venezuela). */
  place: number;
  /** News vocabulary: categories for their well-known members (`TV channel` → CNN). */
  vocabulary: number;
  /**
   * Offices for the holders the corpus names (`the defence secretary` → Hegseth, `query/roles.ts`):
   * read from the passages in-process, and from the holders `npm run index` stored in PostgreSQL
   * (`store/roles-read.ts`).
   */
  role: number;
}

export const DEFAULT_SEARCH_OPTIONS: SearchEngineOptions = {
  limit: 3,
  fieldWeights: { text: 1, heading: 0.3, title: 0.3 },
  bm25: { k: 1.2, b: 0.7, d: 0.5, minIdf: 0.05 },
  fuzzy: { minLength: 5, maxDistance: 2, twoEditsFrom: 8, weight: 0.45 },
  family: { minLength: 5, maxSuffix: 3, weight: 0.7 },
  prefix: { minLength: 3, weight: 0.5, decay: 0.3, maxTerms: 30 },
  coordination: { maxWords: 3 },
  candidates: 24,
  common: { passages: 2000, ratio: 4 },
  commonExpansion: { passages: 100, share: 0.05 },
  sentenceWeight: 0.5,
  extraSentenceCost: 0.1,
  proximity: { distance: 8, weight: 0.5 },
  expansion: {
    abbreviation: 0.9,
    synonym: 0.5,
    derivation: 0.9,
    related: 0.3,
    place: 0.7,
    vocabulary: 0.5,
    role: 0.7,
  },
  hintWeight: 0.6,
  hintNear: 40,
  hintKinds: { number: 2, definition: 2 },
  subjectWeight: 0.5,
  subjectSpan: 3,
  titleCredit: 1.5,
  wordnet: { perWord: 8, maxShare: 0.2, senseDecay: 0.2 },
  excerpt: { maxSentences: 2, maxLength: 360 },
  semantic: { candidates: 24, weight: 0.35, sifA: 1e-4, sentenceWeight: 1.5, sentenceShare: 1, sentenceCandidates: 24, sentenceMaxPassages: 50_000, sentenceWaitMs: 50, sentenceGood: 0.4, sentenceYield: 0.4 },
  goodMatch: 0.15,
  goodMatchWithSense: 0.5,
};

export type SearchEngineOptionsInput = {
  [K in keyof SearchEngineOptions]?: SearchEngineOptions[K] extends object ? Partial<SearchEngineOptions[K]> : SearchEngineOptions[K];
};

/** The defaults with the caller's choices laid over them, one level deep. */
export function resolveOptions(input: SearchEngineOptionsInput = {}): SearchEngineOptions {
  const out: Record<string, unknown> = { ...DEFAULT_SEARCH_OPTIONS };
  for (const [key, value] of Object.entries(input)) {
    const base = (DEFAULT_SEARCH_OPTIONS as unknown as Record<string, unknown>)[key];
    if (value === undefined) continue;
    out[key] = typeof base === 'object' && base !== null ? { ...base, ...(value as object) } : value;
  }
  return out as unknown as SearchEngineOptions;
}
