// Reads the figures of a passage: each number with its size words (`1.2 billion`), its hedge (`over`,
// `nearly`), what it counts (deaths, troops, dollars… by the rules in ./counts.ts, else the noun that
// follows it) and the period it covers. Years, dates, clock times and model numbers are not figures.
import { stemmer } from 'stemmer';
import { fold } from '../text/fold.ts';
import { splitSentences } from '../text/sentences.ts';
import { STOP_WORDS } from '../text/stopwords.ts';
import { MONTH_WORDS } from '../text/vocabulary.ts';
import { isModernYear } from '../text/years.ts';
import { COUNT_RULES, PERSON_NOUNS, periodIn, type Period } from './counts.ts';

export interface Figure {
  /** The number, sizes applied (`1.2 billion` → 1200000000). */
  value: number;
  /** The figure as written, hedge and counted words included (`over 80,000 opioid overdose deaths annually`). */
  phrase: string;
  /** Offsets of `phrase` and of its sentence in the passage text. */
  start: number;
  end: number;
  sentence: { start: number; end: number };
  /** What it counts (`deaths`), or the stem of the noun after the number; null when nothing names it. */
  counts: string | null;
  /** `counts` as shown: the rule's name, or the noun as written (`acres`, where `counts` is the stem `acr`). */
  label: string;
  /** Which rule named `counts`: a row of COUNT_RULES (`deaths: noun`), `noun` or `none`. */
  rule: string;
  period: Period;
  /** Stems of the words between the number and what it counts (`opioid overdose` deaths): they say which deaths. */
  qualifiers: string[];
}

const SIZES: Readonly<Record<string, number>> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
const HEDGES = /(?:\b(?:more than|over|nearly|almost|about|approximately|around|at least|some|up to|roughly|fewer than|less than|under|close to|an estimated|as many as)\s+)$/i;
const NUMBER = /(\$\s?)?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s*(thousand|million|billion|trillion)\b)?(\s*%|\s+percent\b)?/gi;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/** Every figure in `text` (one passage), in order. */
export function figuresIn(text: string): Figure[] {
  const out: Figure[] = [];
  for (const s of splitSentences(text)) {
    const sentence = text.slice(s.start, s.end);
    for (const m of sentence.matchAll(NUMBER)) {
      const f = figureAt(sentence, m);
      if (f) out.push({ ...f, start: f.start + s.start, end: f.end + s.start, sentence: s });
    }
  }
  return out;
}

function figureAt(sentence: string, m: RegExpExecArray): Omit<Figure, 'sentence'> | null {
  const [whole, dollar, digits, size, percent] = m;
  const at = m.index;
  if (notAFigure(sentence, at, whole, digits!, Boolean(dollar || size || percent))) return null;
  const value = Number(digits!.replace(/,/g, '')) * (size ? SIZES[size.toLowerCase()]! : 1);
  const hedge = sentence.slice(0, at).match(HEDGES);
  const after = wordsAfter(sentence, at + whole.length, 6);
  const named: Named = dollar ? { counts: 'dollars', rule: 'dollars: $' } : percent ? { counts: 'percent', rule: 'percent: %' } : countOf(sentence.slice(0, at), after);
  const start = named.from ?? (hedge ? at - hedge[0].length : at);
  // A bare number that counts nothing named is a label (`Executive Order 14157`), not a figure.
  if (named.counts === null) return null;
  const end = phraseEnd(sentence, at + whole.length, after, named.used ?? 0);
  const qualifiers = named.head === undefined ? [] : after.slice(0, named.head).map((w) => w.stem).filter((w) => !PERSON_NOUNS.has(w));
  const label = named.label ?? named.counts;
  return { value, phrase: sentence.slice(start, end), start, end, counts: named.counts, label, rule: named.rule, period: periodIn(sentence), qualifiers };
}

/** Years (`in 2023`), dates (`March 5`), times (`7 p.m.`), parts of names (`MQ-9`, `F-35`) and list numbers. */
function notAFigure(sentence: string, at: number, whole: string, digits: string, marked: boolean): boolean {
  const before = sentence.slice(Math.max(0, at - 12), at);
  if (/[\p{L}\p{N}][-–/.]?$/u.test(before)) return true;
  if (marked) return false;
  if (isModernYear(digits)) return true;
  const prev = before.match(/(\p{L}+)\.?\s+$/u)?.[1];
  if (prev && MONTH_WORDS.includes(fold(prev))) return true;
  const next = sentence.slice(at + whole.length, at + whole.length + 6);
  return /^(?:\s*(?:[ap]\.?m\b|:\d|\/\d|st\b|nd\b|rd\b|th\b))/i.test(next);
}

interface Word {
  text: string;
  stem: string;
  end: number;
}

function wordsAfter(sentence: string, from: number, max: number): Word[] {
  const rest = sentence.slice(from);
  const out: Word[] = [];
  for (const w of rest.matchAll(WORD)) {
    // Stop at a clause break: a comma, dash, colon or bracket between the words.
    const gap = rest.slice(out.length === 0 ? 0 : out[out.length - 1]!.end - from, w.index);
    if (/[,;:()—–]/.test(gap)) break;
    out.push({ text: w[0], stem: stemmer(fold(w[0]).replace(/['’]s$/, '')), end: from + w.index + w[0].length });
    if (out.length >= max) break;
  }
  return out;
}

interface Named {
  counts: string | null;
  rule: string;
  /** How many words after the number belong to the phrase. */
  used?: number;
  /** Index of the counted noun among the words after the number, when a noun names the count. */
  head?: number;
  /** Where the phrase starts when a word before the number names the count (`killed 65 people`). */
  from?: number;
  /** The counted noun as written, lower case, when no rule names the count. */
  label?: string;
}

/** What the number counts, from the words after it, then a verb after people, then words before it. */
function countOf(before: string, after: readonly Word[]): Named {
  const nounRun = leadingRun(after);
  for (const rule of COUNT_RULES) {
    const i = nounRun.findIndex((w) => rule.nouns.includes(w.stem));
    if (i >= 0) return { counts: rule.counts, rule: `${rule.counts}: noun`, used: i + 1, head: i };
  }
  const person = nounRun.findIndex((w) => PERSON_NOUNS.has(w.stem));
  if (person >= 0) {
    const verbs = after.slice(person + 1, person + 4);
    for (const rule of COUNT_RULES) {
      const v = verbs.findIndex((w) => rule.verbs?.includes(w.stem));
      if (v >= 0) return { counts: rule.counts, rule: `${rule.counts}: person and verb`, used: person + v + 2 };
    }
  }
  const prior = [...before.matchAll(WORD)].slice(-3);
  for (const rule of COUNT_RULES) {
    const w = prior.find((p) => rule.before?.includes(stemmer(fold(p[0]))));
    if (w) return { counts: rule.counts, rule: `${rule.counts}: word before`, used: nounRun.length, from: w.index };
  }
  const head = [...nounRun].reverse().find((w) => /s$/i.test(w.text)) ?? nounRun[0];
  const at = head ? nounRun.indexOf(head) : -1;
  return head ? { counts: head.stem, label: head.text.toLowerCase(), rule: 'noun', used: at + 1, head: at } : { counts: null, rule: 'none', used: 0 };
}

/** The words right after the number up to the first stop word (`opioid overdose deaths`, not `annually`…). */
function leadingRun(after: readonly Word[]): Word[] {
  const run: Word[] = [];
  for (const w of after) {
    if (STOP_WORDS.has(fold(w.text)) || /^\d/.test(w.text)) break;
    run.push(w);
    if (run.length >= 4) break;
  }
  return run;
}

/** The figure's phrase runs over its counted words and a period word right after them (`annually`, `last year`). */
function phraseEnd(sentence: string, numberEnd: number, after: readonly Word[], used: number): number {
  let end = used > 0 ? after[used - 1]!.end : numberEnd;
  const tail = sentence.slice(end).match(/^\s+(?:annually|a year|per year|each year|every year|last year|this year|a month|per month|last month)\b/i);
  if (tail) end += tail[0].length;
  return end;
}
