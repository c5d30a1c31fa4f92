// What a figure counts and over what period, as data: named rules over the words around a number,
// so a new kind of count is one row and every figure says which rule named it.
import { stemmer } from 'stemmer';
import { fold } from '../text/fold.ts';

/** One kind of count: the words that name it right after the number, or a verb after a person noun. */
export interface CountRule {
  /** What is counted, as shown (`deaths`). */
  counts: string;
  /** Stems of nouns that name it when they follow the number (`80,000 overdose deaths`). */
  nouns: readonly string[];
  /** Stems of verbs that name it after people (`100,000 Americans lost`, `40 people were killed`). */
  verbs?: readonly string[];
  /** Stems of words before the number that name it (`a death toll of 3,000`, `killed 40`). */
  before?: readonly string[];
}

const stems = (words: string): string[] => words.split(/\s+/).filter(Boolean).map((w) => stemmer(fold(w)));

/** Ordered: the first rule whose words are found names the count. */
export const COUNT_RULES: readonly CountRule[] = [
  { counts: 'deaths', nouns: stems('deaths death fatalities dead lives casualties'), verbs: stems('died killed lost perished dead murdered slain'), before: stems('toll killed killing claimed') },
  { counts: 'people missing', nouns: stems('missing disappeared disappearances'), verbs: stems('missing disappeared vanished abducted kidnapped') },
  { counts: 'people arrested', nouns: stems('arrests detentions'), verbs: stems('arrested detained') },
  { counts: 'troops', nouns: stems('troops soldiers personnel marines servicemembers commandos forces operatives'), before: stems('deployed deploy') },
  { counts: 'strikes', nouns: stems('strikes airstrikes bombings raids attacks') },
  { counts: 'dollars', nouns: stems('dollars usd') },
  { counts: 'percent', nouns: stems('percent %') },
];

/** Nouns for people: a figure of people is named by the verb that follows (`died`, `went missing`). */
export const PERSON_NOUNS: ReadonlySet<string> = new Set(
  stems('people persons americans mexicans civilians residents migrants children men women citizens victims users individuals'),
);

/** A period a figure covers; figures are compared only when their periods have the same key. */
export interface Period {
  /** `year`, `month`, `week`, `day`, `decade`, `since 2010`, `2023`…; null when none is given. */
  key: string | null;
  /** As shown (`a year`). */
  label: string;
}

interface PeriodRule {
  pattern: RegExp;
  period: (m: RegExpMatchArray) => Period;
}

const unit = (u: string): Period => ({ key: u, label: `a ${u}` });
const NUMBER_WORDS: Readonly<Record<string, number>> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, several: 0 };

/**
 * Ordered: spans of several years first (`over the past five years`, `since 2010`), then one unit
 * (`annually`, `last year`, `per month`). A rate (`a year`) and a named year (`last year`, `in 2023`)
 * both cover one year, so they compare; `in 2023` and `in 2024` differ in key and do not.
 */
export const PERIOD_RULES: readonly PeriodRule[] = [
  { pattern: /\bsince (?:(?:early|late|mid-?)\s*)?((?:19|20)\d\d)\b/i, period: (m) => ({ key: `since ${m[1]}`, label: `since ${m[1]}` }) },
  { pattern: /\bbetween ((?:19|20)\d\d) and ((?:19|20)\d\d)\b/i, period: (m) => ({ key: `${m[1]}-${m[2]}`, label: `${m[1]} to ${m[2]}` }) },
  { pattern: /\b(?:past|last|previous|over|in|within) (?:the )?(two|three|four|five|six|seven|eight|nine|ten|several|\d+) (years|decades|months)\b/i, period: (m) => spanOf(m[1]!, m[2]!) },
  { pattern: /\b(?:past|last|previous|over|in|within) (?:a |the |one )?(decade|century)\b/i, period: (m) => ({ key: m[1]!.toLowerCase(), label: `a ${m[1]!.toLowerCase()}` }) },
  { pattern: /\b(?:annually|yearly|a year|per year|each year|every year|last year|this year|past year|previous year|a single year|one year)\b/i, period: () => unit('year') },
  { pattern: /\b(?:monthly|a month|per month|each month|every month|last month|this month|past month|a single month)\b/i, period: () => unit('month') },
  { pattern: /\b(?:weekly|a week|per week|each week|every week|last week|this week|past week)\b/i, period: () => unit('week') },
  { pattern: /\b(?:daily|a day|per day|each day|every day|yesterday|today)\b/i, period: () => unit('day') },
  { pattern: /\bin ((?:19|20)\d\d)\b/, period: (m) => ({ key: m[1]!, label: `in ${m[1]}` }) },
];

function spanOf(count: string, what: string): Period {
  const n = NUMBER_WORDS[count.toLowerCase()] ?? Number(count);
  const u = what.toLowerCase().replace(/s$/, '');
  const key = n > 0 ? `${n} ${u}s` : `several ${u}s`;
  return { key, label: key };
}

export const NO_PERIOD: Period = { key: null, label: 'no period given' };

/** The period a stretch of text (the figure's clause) names, or NO_PERIOD. */
export function periodIn(text: string): Period {
  for (const rule of PERIOD_RULES) {
    const m = text.match(rule.pattern);
    if (m) return rule.period(m);
  }
  return NO_PERIOD;
}
