// Figures that disagree: within the passages on a topic, numbers that count the same thing (deaths,
// troops, dollars…) over comparable periods but differ between sources, each side cited verbatim.
import type { Passage } from '../corpus/types.ts';
import { termsOf } from '../text/tokens.ts';
import { COUNT_RULES, PERSON_NOUNS } from './counts.ts';
import { figuresIn, type Figure } from './figures.ts';
import { normaliseDate } from './dates.ts';
import { topicTerms } from './topic.ts';
import type { ArticleFilter, CoverageCore } from './types.ts';

/** How many passages on the topic are read for figures. */
export const CLAIM_CANDIDATES = 100;
/** Two figures disagree when the larger exceeds the smaller by more than this share (rounding aside). */
export const DISAGREEMENT_RATIO = 1.1;

export interface Claim {
  figure: Figure;
  passage: Passage;
  /** The figure's sentence, verbatim. */
  sentence: string;
  /** The article's date (`YYYY-MM-DD`), when known: a figure with no period of its own is read as of then. */
  date: string | null;
  /** Words of the figure's sentence and its article's title that say what story it is from (topic and count words left out). */
  story: Set<string>;
}

/**
 * How far apart (in days) two articles may be for their figures to cover a comparable period, by the
 * figures' period: a toll with no period stated is a toll as of publication, so weeks apart it may
 * count other events; a yearly rate compares within about a year. Periods with a named anchor
 * (`since 2010`, `in 2023`, `five years`) are compared whatever the dates.
 */
export const DATE_WINDOW_DAYS: Readonly<Record<string, number>> = { none: 45, day: 2, week: 10, month: 45, year: 400 };

export interface Disagreement {
  /** What the figures count and over what period (`deaths, a year`). */
  about: string;
  counts: string;
  period: string;
  /** One claim per source, smallest value first. */
  claims: Claim[];
}

export async function findDisagreements(core: CoverageCore, topic: string, filter: ArticleFilter = () => true): Promise<Disagreement[]> {
  const wanted = countNamedBy(topic);
  const terms = topicTerms(topic);
  const hits = await core.search.search(topic, { limit: CLAIM_CANDIDATES });
  const groups = new Map<string, Claim[]>();
  const seen = new Set<string>();
  for (const { passage } of hits) {
    const article = core.articleOf(passage.source);
    const key = `${passage.source}:${passage.line}`;
    if (!article || !filter(article) || seen.has(key)) continue;
    seen.add(key);
    const context = { terms, wanted, date: normaliseDate(article.date), title: article.title };
    for (const claim of claimsOn(passage, context)) {
      const group = `${claim.figure.counts}|${claim.figure.period.key ?? ''}`;
      groups.set(group, [...(groups.get(group) ?? []), claim]);
    }
  }
  return [...groups.values()].flatMap((claims) => sameThings(claims).flatMap((set) => disagreement(set) ?? []));
}

/**
 * Splits figures of one kind into sets about the same thing: two figures whose counted words both
 * carry qualifiers that share none (`5,000 active-duty troops`, `10,000 National Guard troops`) count
 * different things. Taken in search order, so the best passages set each set's terms.
 */
export function sameThings(claims: readonly Claim[]): Claim[][] {
  const sets: Claim[][] = [];
  for (const c of claims) {
    const set = sets.find((s) => s.every((d) => sameThing(c.figure.qualifiers, d.figure.qualifiers) && closeInTime(c, d) && sameStory(c, d)));
    if (set) set.push(c);
    else sets.push([c]);
  }
  return sets;
}

/** Words that name no story: the topic's, those that name counts, people, numbers. */
function storyTerms(text: string, topic: ReadonlySet<string>): Set<string> {
  const counting = (t: string) => PERSON_NOUNS.has(t) || COUNT_RULES.some((r) => r.nouns.includes(t) || r.verbs?.includes(t) || r.before?.includes(t));
  return new Set(termsOf(text).filter((t) => !topic.has(t) && !counting(t) && !/^\d/.test(t)));
}

/** Two figures are from one story when their sentences and titles share a word beyond the topic and the count. */
function sameStory(a: Claim, b: Claim): boolean {
  return [...a.story].some((t) => b.story.has(t));
}

function closeInTime(a: Claim, b: Claim): boolean {
  const window = DATE_WINDOW_DAYS[a.figure.period.key ?? 'none'];
  if (window === undefined || a.date === null || b.date === null) return true;
  return Math.abs(Date.parse(a.date) - Date.parse(b.date)) <= window * 86_400_000;
}

function sameThing(a: readonly string[], b: readonly string[]): boolean {
  return a.length === 0 || b.length === 0 || a.some((w) => b.includes(w));
}

/** The kind of count a topic names (`overdose deaths` → deaths), or null. */
export function countNamedBy(topic: string): string | null {
  const stems = termsOf(topic);
  const rule = COUNT_RULES.find((r) => stems.some((s) => r.nouns.includes(s) || (r.verbs?.includes(s) ?? false)));
  return rule?.counts ?? null;
}

/** The figures of a passage whose sentence speaks of the topic and that count what it names. */
interface ClaimContext {
  terms: ReadonlySet<string>;
  wanted: string | null;
  date: string | null;
  title: string;
}

function claimsOn(passage: Passage, { terms, wanted, date, title }: ClaimContext): Claim[] {
  return figuresIn(passage.text).flatMap((figure) => {
    const sentence = passage.text.slice(figure.sentence.start, figure.sentence.end);
    if (wanted !== null && figure.counts !== wanted) return [];
    if (!termsOf(sentence).some((t) => terms.has(t))) return [];
    return [{ figure, passage, sentence, date, story: storyTerms(`${title} ${sentence}`, terms) }];
  });
}

/** The group as a disagreement: the first figure of each source, when two sources' values differ. */
function disagreement(claims: readonly Claim[]): Disagreement | null {
  const bySource = new Map<string, Claim>();
  for (const c of claims) if (!bySource.has(c.passage.source)) bySource.set(c.passage.source, c);
  const one = [...bySource.values()].sort((a, b) => a.figure.value - b.figure.value);
  if (one.length < 2) return null;
  const low = one[0]!.figure.value;
  const high = one[one.length - 1]!.figure.value;
  if (low <= 0 || high / low <= DISAGREEMENT_RATIO) return null;
  const { label, period } = one[0]!.figure;
  return { about: `${label}, ${period.label}`, counts: label, period: period.label, claims: one };
}
