// First cleaning pass over an article's units: strips credits and trailing prompts, flags boilerplate.
import type { Unit } from './blocks.ts';
import { boilerplateRule, type BoilerplateKind, type BoilerplateRule } from './boilerplate.ts';
import { stripCredit } from './credits.ts';
import { stripTrailingPrompts } from './prompts.ts';
import { plainView } from './plain-view.ts';
import { endsSentence, wordCount } from './shape.ts';

export type DropReason = BoilerplateKind | 'teaser-list' | 'after-article-end' | 'title' | 'site-chrome' | 'pull-quote' | 'html-furniture' | 'not-article';

export interface Cleaned extends Unit {
  /** Why the unit is left out, or null when it is kept. */
  drop: DropReason | null;
  /** The named rule that dropped it, when it was a boilerplate rule (see boilerplate.ts). */
  rule?: string;
}

export function cleanUnits(units: readonly Unit[]): Cleaned[] {
  return markPullQuotes(markBylineBlocks(markRelatedTeasers(markTeaserLists(units.map(cleanUnit)))));
}

/** Headline-like lines right under a bare "Related" label are teasers for other articles, not section headings. */
function markRelatedTeasers(units: Cleaned[]): Cleaned[] {
  let underLabel = false;
  return units.map((u) => {
    if (u.drop === 'related-links') {
      underLabel = /^\W*[\p{L}\s'’]+\W*$/u.test(plainView(u.text));
      return u;
    }
    const teaser = underLabel && u.drop === null && !u.marked && (u.kind === 'heading' || u.kind === 'bullet' || !endsSentence(u.text));
    underLabel = teaser || (underLabel && u.drop !== null);
    return teaser ? { ...u, drop: 'related-links' as const, rule: 'related-teaser' } : u;
  });
}

/** `> “…”` repeating words the article already says elsewhere: a pull quote, set in the page for show. */
function markPullQuotes(units: Cleaned[]): Cleaned[] {
  const isBlockQuote = (u: Cleaned) => u.drop === null && u.text.trimStart().startsWith('>');
  if (!units.some(isBlockQuote)) return units;
  const bare = (text: string) => ` ${text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
  // The article's other kept words, read once: block quotes are checked against them.
  const body = units.filter((u) => u.drop === null && !isBlockQuote(u)).map((u) => bare(u.text)).join('\n');
  return units.map((u) => {
    if (!isBlockQuote(u)) return u;
    const words = bare(plainView(u.text));
    return words.length >= 20 && body.includes(words) ? { ...u, drop: 'pull-quote' } : u;
  });
}

/** Job titles that make the line under a byline part of it: `Health Care Reporter, The Ledger`. */
const BYLINE_ROLE = /\b(?:reporter|correspondent|editor|writer|columnist|contributor|staff|bureau|producer|journalist)s?\b/iu;
/** A line that is a reporter's job, with or without the name: `Transport correspondent`, `Kirsty Mair Scotland correspondent`. */
const JOB_LINE = /\b(?:reporter|correspondent|editor|writer|columnist|contributor|journalist|producer)s?(?:,\s*\p{Lu}.*)?$/iu;
const NAME_LINE = /^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}$/u;

/**
 * The reporter's title and outlet on the line after `By Maria Lopez` belong to the byline; before
 * the article's first paragraph, so do `Priya Raman` / `Transport correspondent` without a `By`.
 */
function markBylineBlocks(units: Cleaned[]): Cleaned[] {
  const body = units.findIndex((u) => u.drop === null && u.kind !== 'heading' && endsSentence(u.text) && wordCount(u.text, 12) >= 12);
  const out = units.map((u, i) => {
    if (u.drop !== null || wordCount(u.text, 12) > 12 || endsSentence(u.text)) return u;
    const afterByline = units[i - 1]?.drop === 'byline' && BYLINE_ROLE.test(u.text);
    const jobBeforeBody = (body < 0 || i < body) && JOB_LINE.test(u.text);
    return afterByline || jobBeforeBody ? { ...u, drop: 'byline' as const } : u;
  });
  // The name alone on the line above a job line is the byline's too.
  return out.map((u, i) => (u.drop === null && out[i + 1]?.drop === 'byline' && units[i + 1]?.drop !== 'byline' && NAME_LINE.test(u.text) ? { ...u, drop: 'byline' as const } : u));
}

function cleanUnit(unit: Unit): Cleaned {
  const credited = stripCredit(unit.text);
  if (credited === '' || isCaption(unit.text)) return { ...unit, drop: 'photo-credit', rule: 'caption' };
  // A heading-like line that ends in a photo credit is a caption, never a section heading.
  // So is a line that ends in one with no sentence before it ("Commuters wait at the station (Photo: AP)").
  if (!unit.marked && credited !== unit.text && (unit.kind === 'heading' || !endsSentence(credited))) return { ...unit, drop: 'photo-credit', rule: 'caption' };
  const rule = ruleOf(credited);
  if (rule) return { ...unit, text: credited, drop: rule.kind, rule: rule.name };
  const text = stripTrailingPrompts(credited);
  if (text === '' || isPromptOnly(credited)) return { ...unit, text: credited, drop: 'reader-prompt' };
  // A heading is kept whole or not at all; a paragraph keeps its verbatim prefix.
  const kept = unit.kind === 'heading' ? credited : text;
  if (unit.kind !== 'heading' && isFragment(kept)) return { ...unit, text: kept, drop: 'fragment' };
  const keptRule = kept === credited ? null : ruleOf(kept);
  return { ...unit, text: kept, drop: keptRule?.kind ?? null, ...(keptRule && { rule: keptRule.name }) };
}

/** A whole line in Markdown emphasis that ends in a photo credit: "*The leader at the finish. (Photo: AP)*". */
function isCaption(text: string): boolean {
  if (!/^\s*([*_]{1,3})\S[\s\S]*\S\1\s*$/u.test(text)) return false;
  const plain = plainView(text);
  return stripCredit(plain) !== plain;
}

/** "**Subscribe now!**": prompts hidden behind Markdown emphasis. */
function isPromptOnly(text: string): boolean {
  const plain = plainView(text);
  return plain !== text && stripTrailingPrompts(plain) === '';
}

/** Boilerplate as written, or once Markdown emphasis and link syntax are set aside. */
function ruleOf(text: string): BoilerplateRule | null {
  const plain = plainView(text);
  return boilerplateRule(text) ?? (plain === text ? null : boilerplateRule(plain));
}

/** One or two words that end no sentence ("news", "Energy") answer nothing: a label, not a paragraph. */
function isFragment(text: string): boolean {
  return text.length < 40 && wordCount(text, 2) <= 2 && !endsSentence(text);
}

/** Truncated teasers ("… it was a…") that come two or more close together are a list of other articles. */
function markTeaserLists(units: Cleaned[]): Cleaned[] {
  const teaser = units.map(isTeaser);
  const WINDOW = 4;
  return units.map((u, i) => {
    if (!teaser[i]) return u;
    const near = teaser.slice(Math.max(0, i - WINDOW), i + WINDOW + 1).filter(Boolean).length;
    return near >= 2 ? { ...u, drop: u.drop ?? 'teaser-list' } : u;
  });
}

function isTeaser(unit: Cleaned): boolean {
  const t = unit.text.trimEnd();
  const ellipsis = t.endsWith('…') ? 1 : t.endsWith('...') ? 3 : 0;
  if (ellipsis === 0 || unit.kind === 'heading' || wordCount(t, 5) < 5) return false;
  return !endsSentence(t.slice(0, -ellipsis));
}
