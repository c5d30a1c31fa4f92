// Sentence boundaries in a passage, for excerpts and sentence-level scoring. A full stop ends a
// sentence only when a capital (or quote, or digit) follows and the word before it is not an
// abbreviation: `U.S.`, `C.I.A.`, `Mr.`, initials (`J. Smith`) and decimals (`4.5`) never split.

export interface SentenceSpan {
  start: number;
  /** Exclusive; trailing spaces are not included. */
  end: number;
}

// Titles and short forms that are followed by a capitalised word without ending a sentence.
const ABBREVIATIONS = new Set(
  `mr mrs ms dr prof sen rep gov gen lt col maj capt cmdr adm sgt cpl pvt st jr sr rev fr hon pres
  supt insp det messrs mt ft no nos vol vs etc inc corp co ltd bros dept univ approx est fig jan feb
  mar apr jun jul aug sep sept oct nov dec e.g i.e a.m p.m u.s u.k`.split(/\s+/),
);

// Candidate end: terminal punctuation, optional closing quotes/brackets, then whitespace and the
// start of the next sentence.
const BOUNDARY = /([.!?…]+)(["'”’)\]]*)(\s+)(?=["'“‘([]?[\p{Lu}\p{N}])/gu;

export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = skipSpace(text, 0);
  for (const m of text.matchAll(BOUNDARY)) {
    const end = m.index + m[1]!.length + m[2]!.length;
    if (m[1] === '.' && !m[2] && isAbbreviation(text, m.index)) continue;
    if (end > start) spans.push({ start, end });
    start = end + m[3]!.length;
  }
  const last = text.trimEnd().length;
  if (last > start) spans.push({ start, end: last });
  return spans;
}

/** True when the full stop at `dot` closes an abbreviation, an initial or a dotted acronym. */
function isAbbreviation(text: string, dot: number): boolean {
  const word = /[\p{L}.]+$/u.exec(text.slice(Math.max(0, dot - 12), dot))?.[0] ?? '';
  if (word.length === 1 && /\p{Lu}/u.test(word)) return true;
  if (/^\p{L}(\.\p{L})+$/u.test(word)) return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}

function skipSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length && /\s/.test(text[i]!)) i++;
  return i;
}
