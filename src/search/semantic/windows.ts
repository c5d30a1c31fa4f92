// What the sentence encoder embeds of a passage: the passage itself when the encoder reads all of it
// (`MAX_WORDS`), else windows of whole sentences of at most that many words, each embedded on its
// own (a sentence longer than that is a window alone, and the encoder reads its opening). On the
// SQuAD 2.0 developers' half, whose paragraphs run to 116 words (median), a passage's best window
// instead of its first 48 words took /ask hit@1 with the encoder from 79.6 to 81.1.
import { splitSentences } from '../../text/sentences.ts';
import { MAX_WORDS } from './encoder.ts';

/** The texts to embed for a passage, in order (one, the text itself, for a short passage). */
export function windowsOf(text: string, maxWords = MAX_WORDS): string[] {
  if (wordCount(text) <= maxWords) return [text];
  const out: string[] = [];
  let from = -1;
  let to = 0;
  let words = 0;
  for (const s of splitSentences(text)) {
    const n = wordCount(text.slice(s.start, s.end));
    if (from >= 0 && words + n > maxWords) {
      out.push(text.slice(from, to));
      from = -1;
      words = 0;
    }
    if (from < 0) from = s.start;
    to = s.end;
    words += n;
  }
  if (from >= 0) out.push(text.slice(from, to));
  return out;
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
