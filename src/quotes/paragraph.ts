// One paragraph made ready for attribution: its quotes, its sentences as tokens, each sentence's
// subject and the people it names.
import type { Passage } from '../corpus/types.ts';
import { clauseStart, subjectAt } from './clauses.ts';
import { isCapitalised } from './fold.ts';
import { COMMON_STARTERS } from './lexicon.ts';
import { mentionEndingAt, type Mention, type NameKnowledge } from './mentions.ts';
import { splitAround } from '../text/sentences.ts';
import { findQuoteSpans, type QuoteSpan } from './spans.ts';
import { possessiveBase, tokenize, type Token } from './tokens.ts';

export interface SentenceInfo {
  start: number;
  end: number;
  tokens: Token[];
  /** Who the main clause is about, when it opens with a speaker-like phrase. */
  subject: Mention | null;
  /** People and organisations named in the sentence, in order. */
  people: Mention[];
  /** The clause opens with a capitalised word that may name someone we cannot read (`Hannity remained …`). */
  unknownSubject: boolean;
}

export interface ParagraphInfo {
  passage: Passage;
  spans: QuoteSpan[];
  sentences: SentenceInfo[];
}

/** Quotes, sentences and tokens: what does not depend on what the corpus knows about names. */
export function prepareParagraph(passage: Passage): ParagraphInfo {
  const text = withoutPartyTags(withoutNicknames(passage.text));
  const spans = findQuoteSpans(text);
  const sentences = splitAround(text, spans).map(
    (range): SentenceInfo => ({ ...range, tokens: tokenize(text, spans, range.start, range.end), subject: null, people: [], unknownSubject: false }),
  );
  return { passage, spans, sentences };
}

/**
 * Fills in each sentence's subject and the people it names, reading names with `know`; `people[i]`,
 * when given, is what `peopleIn` gives for sentence i with this `know` (read already).
 */
export function annotateParagraph(para: ParagraphInfo, know: NameKnowledge, people: readonly (Mention[] | undefined)[] = []): ParagraphInfo {
  for (let i = 0; i < para.sentences.length; i++) {
    const sentence = para.sentences[i]!;
    const start = clauseStart(sentence.tokens);
    sentence.subject = subjectAt(sentence.tokens, start, know);
    sentence.people = people[i] ?? peopleIn(sentence.tokens, know);
    const opener = sentence.tokens[start];
    sentence.unknownSubject = !sentence.subject && opener?.kind === 'word' && isCapitalised(opener.text) && !COMMON_STARTERS.has(opener.text.toLowerCase());
  }
  return para;
}

/** Every person or organisation a run of capitals names (`Trump’s` counts as Trump). */
export function peopleIn(tokens: readonly Token[], know: NameKnowledge): Mention[] {
  const people: Mention[] = [];
  tokens.forEach((t, i) => {
    if (t.kind !== 'word' || !isCapitalised(t.text)) return;
    const next = tokens[i + 1];
    const runGoesOn = possessiveBase(t.text) === null && next?.kind === 'word' && isCapitalised(next.text);
    if (runGoesOn) return;
    const m = mentionEndingAt(tokens, i, know);
    // `a Honolulu Star-Advertiser report`, `a Trump ally`: a name after an article only qualifies a noun.
    if (m && /^(?:a|an)$/i.test(tokens[m.first - 1]?.text ?? '')) return;
    if (m && (m.kind === 'person' || m.kind === 'org')) people.push(m);
  });
  return people;
}

/** `Michael "Mick" O'Neill`: a quoted word between the parts of a name is a nickname, not speech. */
const NICKNAME = /(?<=\p{Lu}[\p{L}.'’-]*\s)["“‘](\p{Lu}[\p{L}'’-]*)["”’](?=\s\p{Lu})/gu;

/** What every nickname has around it, without the slow look-behind: most paragraphs have none. */
const NICKNAME_SHAPE = /\s["“‘]\p{Lu}[\p{L}'’-]*["”’]\s\p{Lu}/u;

/** The text with nicknames blanked out, offsets unchanged, so the name reads as one. */
function withoutNicknames(text: string): string {
  return NICKNAME_SHAPE.test(text) ? text.replace(NICKNAME, (m) => ' '.repeat(m.length)) : text;
}

/**
 * `Rep. John Mica (R-Fla.) said`, `Mitch McConnell, R-Ky., said`: a party and state tag after a name
 * is a descriptor, not part of the clause. Blanked out (offsets unchanged) so the name meets its verb.
 */
const PARTY_TAG = /\s\((?:[RDI]|Rep|Dem|Ind)-[\p{Lu}][\p{L}.]*(?:\s[\p{Lu}][\p{L}.]*)?\)|,\s(?:[RDI])-[\p{Lu}][\p{L}.]*(?:\s[\p{Lu}][\p{L}.]*)?,(?=\s)/gu;

function withoutPartyTags(text: string): string {
  return text.includes('-') ? text.replace(PARTY_TAG, (m) => ' '.repeat(m.length)) : text;
}
