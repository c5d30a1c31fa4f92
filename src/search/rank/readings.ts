// A passage read for re-ranking (its words with offsets, its sentences), kept for the passages that
// keep coming back: common topics bring the same passages to the re-ranker question after question.
import type { Passage } from '../../corpus/types.ts';
import { tokensWithPhrases } from '../../text/phrases.ts';
import { splitSentences, type SentenceSpan } from '../../text/sentences.ts';
import type { Token } from '../../text/tokens.ts';
import { definedSubject } from './about.ts';

export interface Reading {
  passage: Passage;
  tokens: Token[];
  sentences: SentenceSpan[];
  /** The words of the subject its article's opening defines (`about.ts`): what it is about without naming it. */
  context: Token[];
}

const LIMIT = 2000;

export class Readings {
  private kept = new Map<number, Reading>();
  /** The tokens of the subject each title defines: worked out once a title, not once a passage. */
  private contexts = new Map<string, Token[]>();

  /** `passageOf(id)` gives the passage a candidate id names (from the corpus, or as a source fetched it). */
  constructor(private readonly passageOf: (doc: number) => Passage) {}

  of(doc: number): Reading {
    const passage = this.passageOf(doc);
    let reading = this.kept.get(doc);
    if (!reading || reading.passage.text !== passage.text || reading.passage.title !== passage.title) {
      const context = this.contextOf(passage.title);
      reading = { passage, tokens: tokensWithPhrases(passage.text), sentences: splitSentences(passage.text), context };
      if (this.kept.size >= LIMIT) this.kept.clear();
      this.kept.set(doc, reading);
    }
    // A source that fetches its passages (PostgreSQL) gives a new object each question: the reader
    // keys its candidates' meaning and sense by the passage it was given now, so the reading carries that one.
    return reading.passage === passage ? reading : { ...reading, passage };
  }

  private contextOf(title: string): Token[] {
    let context = this.contexts.get(title);
    if (!context) {
      if (this.contexts.size >= LIMIT) this.contexts.clear();
      context = tokensWithPhrases(definedSubject(title) ?? '');
      this.contexts.set(title, context);
    }
    return context;
  }
}
