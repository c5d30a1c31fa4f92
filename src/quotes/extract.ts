// Walks the corpus paragraph by paragraph and lists every quote with the speaker the text gives it
// (pronouns resolved, continuations carried over), before names are normalised or quotes merged.
import type { Corpus } from '../corpus/types.ts';
import { attributeQuote } from './attribute.ts';
import { resolvePronoun } from './coref.ts';
import { gatherKnowledge, type CorpusKnowledge } from './knowledge.ts';
import type { Mention } from './mentions.ts';
import type { ParagraphInfo } from './paragraph.ts';

export interface RawQuote {
  /** Verbatim quoted words, without the marks or a trailing comma. */
  text: string;
  source: string;
  line: number;
  /** Position of the passage in the corpus, for file-then-line order. */
  order: number;
  /** Where the quote starts in its paragraph, for order within it. */
  offset: number;
  /** A person, organisation or unnamed source; null when the text gives no speaker we trust. */
  speaker: Mention | null;
}

interface LastQuote {
  p: number;
  s: number;
  speaker: Mention | null;
}

export function extractQuotes(corpus: Corpus): { quotes: RawQuote[]; know: CorpusKnowledge } {
  const { know, paragraphs } = gatherKnowledge(corpus);
  const topics = paragraphs.map((para) => para.sentences.map((): Mention | null => null));
  const quotes: RawQuote[] = [];
  let last: LastQuote | null = null;
  paragraphs.forEach((para, p) => {
    if (p > 0 && paragraphs[p - 1]!.passage.source !== para.passage.source) last = null;
    para.sentences.forEach((sentence, s) => {
      sentence.tokens.forEach((token, q) => {
        if (token.kind !== 'quote') return;
        const speaker = speakerOf(paragraphs, topics, p, s, q, last, know);
        if (speaker) topics[p]![s] = speaker;
        last = { p, s, speaker };
        const { source, line } = para.passage;
        quotes.push({ text: quoteText(para, token.span!), source, line, order: p, offset: token.start, speaker });
      });
    });
  });
  return { quotes, know };
}

function speakerOf(
  paragraphs: readonly ParagraphInfo[],
  topics: (Mention | null)[][],
  p: number,
  s: number,
  q: number,
  last: LastQuote | null,
  know: CorpusKnowledge,
): Mention | null {
  const found = attributeQuote(paragraphs[p]!, s, q, know);
  if (found.kind === 'continuation') return continues(paragraphs, p, s, last);
  if (found.kind === 'none') return null;
  const m = found.mention;
  return m.kind === 'pronoun' ? resolvePronoun(m, { paragraphs, topics, p, s }, know) : m;
}

/** A quote standing alone goes on from the previous quote if that was in the sentence just before. */
function continues(paragraphs: readonly ParagraphInfo[], p: number, s: number, last: LastQuote | null): Mention | null {
  if (!last?.speaker) return null;
  if (last.p === p) return last.s === s - 1 || last.s === s ? last.speaker : null;
  const lastSentence = paragraphs[last.p]!.sentences.length - 1;
  return last.p === p - 1 && s === 0 && last.s === lastSentence ? last.speaker : null;
}

function quoteText(para: ParagraphInfo, spanIndex: number): string {
  const span = para.spans[spanIndex]!;
  return para.passage.text.slice(span.innerStart, span.innerEnd).replace(/[\s,;:]+$/u, '');
}
