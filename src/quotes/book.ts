// Direct quotes and their speakers. (Placeholder: knows no quotes yet.)
import type { Corpus } from '../corpus/types.ts';
import type { QuoteBook } from './types.ts';

export function createQuoteBook(_corpus: Corpus): QuoteBook {
  return {
    speakers: () => [],
    findSpeaker: () => null,
    suggest: () => [],
    quotesBy: () => [],
  };
}
