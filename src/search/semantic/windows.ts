// What the sentence encoder embeds of a passage: the passage itself when the encoder reads all of it
// (`MAX_WORDS`), else windows of whole sentences of at most that many words, each embedded on its
// own (a sentence longer than that is a window alone, and the encoder reads its opening). On the
// SQuAD 2.0 developers' half, whose paragraphs run to 116 words (median), a passage's best window
// instead of its first 48 words took /ask hit@1 with the encoder from 79.6 to 81.1.
// A window of an article about one subject is embedded after that subject's name when it does not
// name it itself ("Anne Frank: She died of typhus…"): see `subjectsOf`. A window under a heading
// that it does not name is embedded twice, on its own and after the heading ("The Cartel Response:
// The cartels themselves … are showing 'genuine fear'…"), and the passage is as close to a question
// as its closer reading: a follow-up paragraph is found through what its heading says it is about.
// The bot (`sentences.ts`) and the evaluation helpers (`bench/qa/encode-set.ts`) embed exactly
// `embeddedTexts`.
import type { Passage } from '../../corpus/types.ts';
import { splitSentences } from '../../text/sentences.ts';
import { clip, CONTEXT_WORDS, MAX_WORDS } from './encoder.ts';

/** The windows of a passage, in order (one, the text itself, for a short passage). */
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

/** What the encoder's texts are made of: a passage's text, its file and that file's title. */
export type EmbeddedPassage = Pick<Passage, 'source' | 'text' | 'title' | 'heading'>;

/**
 * The texts the encoder embeds, in passage order: `firsts[d]` … `firsts[d + 1]` are passage d's
 * (`firsts` has `passages.length + 1` entries). Each is a window (its first `MAX_WORDS` words),
 * after its file's subject when the file has one (`subjectsOf`) and the window does not name it
 * (half of its words or more); a window under a heading it does not name is followed by the same
 * window after the heading's first `HEADING_WORDS` words.
 */
export function embeddedTexts(passages: readonly EmbeddedPassage[]): { texts: string[]; firsts: Int32Array } {
  const subjects = subjectsOf(passages);
  const texts: string[] = [];
  const firsts = new Int32Array(passages.length + 1);
  passages.forEach((p, d) => {
    firsts[d] = texts.length;
    const subject = subjects.get(p.source);
    const heading = p.heading ? clip(p.heading, HEADING_WORDS) : null;
    for (const w of windowsOf(p.text)) {
      const own = clip(w, MAX_WORDS);
      const about = subject && !namesMostOf(own, subject) ? `${subject}: ` : '';
      texts.push(about + own);
      if (heading && !namesMostOf(own, heading)) texts.push(`${about}${heading}: ${own}`);
    }
  });
  firsts[passages.length] = texts.length;
  return { texts, firsts };
}

/**
 * Each file's subject: the words before the verb of its title when that reads as a definition
 * ("Apollo Creed" of "Apollo Creed is a fictional character…"; at most `CONTEXT_WORDS`), kept only
 * when at least a fifth of the file's other passages name it (an article about it, not a digest
 * of unrelated stories). Keyed by source.
 */
function subjectsOf(passages: readonly EmbeddedPassage[]): Map<string, string> {
  const bySource = new Map<string, EmbeddedPassage[]>();
  for (const p of passages) {
    const list = bySource.get(p.source);
    if (list) list.push(p);
    else bySource.set(p.source, [p]);
  }
  const out = new Map<string, string>();
  for (const [source, list] of bySource) {
    const subject = list.length > 1 ? subjectOf(list[0]!.title) : null;
    if (!subject) continue;
    const naming = list.slice(1).filter((p) => names(p.text, subject)).length;
    if (naming >= 0.2 * (list.length - 1)) out.set(source, subject);
  }
  return out;
}

/**
 * Words of a heading put before a window (every heading of the seed corpus and of the WikiQA
 * developers' half, captions most of them, is as short or shorter). The encoder reads `MAX_WORDS`
 * + `CONTEXT_WORDS` words in all, so the reading after a long heading loses the end of a full
 * window (2 texts of the seed corpus, 4 of WikiQA's); the window's own reading keeps it.
 */
const HEADING_WORDS = 12;

const DEFINITION = /^(.{2,60}?)\s+(?:\([^)]*\)\s*,?\s*)?(?:is|was|are|were|refers|has|had)\b/u;

/** The words before a title's verb ("is", "was", "refers"…), 1 to `CONTEXT_WORDS` of them; else null. */
export function subjectOf(title: string): string | null {
  const m = DEFINITION.exec(title.replace(/\s*…$/u, '').trim());
  if (!m) return null;
  const words = m[1]!.replace(/[,\s]+$/u, '').split(/\s+/);
  return words.length <= CONTEXT_WORDS ? words.join(' ') : null;
}

const MINOR = new Set(['the', 'a', 'an', 'of', 'in', 'on', 'and', 'or', 'to', 'is', 'was', 'for', 'by', 'with', 'as', 'at', 'from', 'are', 'be', 'it', 'its', 'that', 'this']);

function contentWords(text: string): string[] {
  return (text.toLowerCase().match(/\p{L}[\p{L}\p{N}'’-]*/gu) ?? []).filter((w) => !MINOR.has(w));
}

/** Whether `text` holds any content word of `subject`. */
function names(text: string, subject: string): boolean {
  const words = new Set(contentWords(text));
  return contentWords(subject).some((w) => words.has(w));
}

/** Whether `text` holds half (or more) of the subject's first four content words. */
function namesMostOf(text: string, subject: string): boolean {
  const words = new Set(contentWords(text));
  const own = contentWords(subject).slice(0, 4);
  return own.length > 0 && own.filter((w) => words.has(w)).length >= Math.ceil(own.length / 2);
}

/** Words in a text, as the windows count them (runs of non-space). */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
