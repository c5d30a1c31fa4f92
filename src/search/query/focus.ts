// The question proper of a question told after some context: quiz questions often set the scene
// first ("The House handed the impeachment articles to the Senate. Who will preside over the
// trial?"). The sentence encoder reads the whole and this last sentence too (`semantic/hybrid.ts`),
// so the scene does not drown what is asked.
import { splitSentences } from '../../text/sentences.ts';

/** The last sentence of a question of two sentences or more; null for a one-sentence question. */
export function focusOf(question: string): string | null {
  const spans = splitSentences(question);
  const last = spans.at(-1);
  return spans.length < 2 || !last ? null : question.slice(last.start, last.end);
}
