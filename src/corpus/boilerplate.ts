// Recognises site boilerplate that must never reach the index, by its shape rather than its words.
import { hasMojibake } from './mojibake.ts';
import { stripCredit } from './credits.ts';
import { stripTrailingPrompts } from './prompts.ts';
import { endsSentence, isTitleCase, wordCount } from './shape.ts';
import * as P from './boilerplate-patterns.ts';

export type BoilerplateKind =
  | 'broken-encoding' | 'comment-form' | 'copyright' | 'navigation' | 'interface' | 'related-links'
  | 'byline' | 'wire-credit' | 'clickbait' | 'self-promotion' | 'reader-prompt' | 'photo-credit' | 'tags' | 'link-only'
  | 'fragment' | 'timestamp' | 'end-marker';

/** One row of the table: a name the audit reports (`npm run cli -- dropped`), the kind, the test. */
export interface BoilerplateRule {
  name: string;
  kind: BoilerplateKind;
}

interface Rule extends BoilerplateRule {
  /** `special`: the text holds a character some rules look for (©, |, emoji, mojibake…). */
  test: (text: string, words: number, special: boolean) => boolean;
}

/** The boilerplate rules, in the order they are tried; the first that matches names the line's drop. */
export const RULES: readonly Rule[] = [
  { name: 'broken-encoding', kind: 'broken-encoding', test: (t, _w, special) => special && hasMojibake(t) },
  { name: 'comment-form', kind: 'comment-form', test: (t, w) => w <= 25 && P.COMMENT_FORM.test(t) },
  { name: 'copyright', kind: 'copyright', test: (t, w, special) => special && w <= 30 && P.COPYRIGHT.test(t) },
  { name: 'byline-with-stamps', kind: 'byline', test: (t, w, special) => special && w <= 30 && isStampedByline(t) },
  { name: 'navigation', kind: 'navigation', test: (t, _w, special) => special && isNavigation(t) },
  { name: 'interface-string', kind: 'interface', test: (t, w) => w <= 15 && P.INTERFACE.some((re) => re.test(t)) },
  { name: 'related-label', kind: 'related-links', test: (t, w) => isRelatedLabel(t, w) },
  { name: 'byline', kind: 'byline', test: (t, w) => w <= 12 && !endsSentence(t) && P.BYLINE.test(t) },
  { name: 'author-bio', kind: 'byline', test: (t, w) => w <= 60 && t.includes('@') && P.AUTHOR_BIO.test(t) },
  { name: 'timestamp', kind: 'timestamp', test: (t, w) => w <= 14 && P.TIMESTAMP.test(t) },
  { name: 'end-marker', kind: 'end-marker', test: (t, w) => w <= 4 && P.END_MARKER.test(t) },
  { name: 'release-label', kind: 'interface', test: (t, w) => w <= 6 && P.RELEASE_LABEL.test(t) },
  { name: 'wire-credit', kind: 'wire-credit', test: (t, w) => w <= 30 && (P.WIRE_CREDIT.test(t) || (t.includes('contributed') && P.CONTRIBUTED.test(t))) },
  { name: 'emoji-headline', kind: 'clickbait', test: (t, _w, special) => special && isEmojiHeadline(t) },
  { name: 'self-promotion', kind: 'self-promotion', test: (t, w) => w <= 40 && P.SELF_PROMOTION.some((re) => re.test(t)) },
  { name: 'tags', kind: 'tags', test: (t) => P.TAGS.test(t) },
  { name: 'link-only', kind: 'link-only', test: (t) => P.LINK_ONLY.test(t) },
];

/** Boilerplate lines are short; longer paragraphs are only checked for broken encoding (and save the time). */
const MAX_BOILERPLATE_WORDS = 40;
/** An author's bio runs a little longer. */
const MAX_BIO_WORDS = 60;

/** The rule by which a paragraph (already stripped of credits and trailing prompts) is boilerplate, or null. */
export function boilerplateRule(text: string): BoilerplateRule | null {
  const t = text.trim();
  // Sixty words never run past 900 characters: longer text skips the count too.
  const words = t.length > 15 * MAX_BIO_WORDS ? Infinity : wordCount(t, MAX_BIO_WORDS);
  if (words > MAX_BOILERPLATE_WORDS) return hasMojibake(t) ? RULES[0]! : words <= MAX_BIO_WORDS ? ruleNamed('author-bio', t, words) : null;
  // One scan for every rare character the rules need, instead of one scan per rule.
  const special = P.SPECIAL.test(t);
  const rule = RULES.find((r) => r.test(t, words, special));
  return rule ? { name: rule.name, kind: rule.kind } : null;
}

function ruleNamed(name: string, t: string, words: number): BoilerplateRule | null {
  const rule = RULES.find((r) => r.name === name)!;
  return rule.test(t, words, false) ? { name: rule.name, kind: rule.kind } : null;
}

/** Why a paragraph is boilerplate (the kind of its rule), or null. */
export function boilerplateKind(text: string): BoilerplateKind | null {
  return boilerplateRule(text)?.kind ?? null;
}

/** The whole test a passage must pass: not boilerplate, not only a credit, not only prompts. */
export function isBoilerplate(text: string): boolean {
  const t = stripCredit(text);
  return t === '' || stripTrailingPrompts(t) === '' || boilerplateKind(t) !== null;
}

/**
 * `By Karen Liu | Published 9:42 AM EST, Thu March 6, 2025 | Updated 11:15 AM`: a byline whose
 * other parts, between separators, are all time stamps.
 */
function isStampedByline(text: string): boolean {
  const parts = text.split(/\s+[|•·]\s+|\s*\|\s*/u).map((p) => p.trim()).filter((p) => p !== '');
  if (parts.length < 2 || !P.BYLINE.test(parts[0]!)) return false;
  return parts.slice(1).every((p) => P.TIMESTAMP.test(p) || P.STAMP_PART.test(p));
}

/** "Contact | About | Home", "Home › World › Americas": short items between separators. */
function isNavigation(text: string): boolean {
  if (wordCount(text, 30) > 30) return false;
  const parts = text.split(P.NAV_SEPARATOR).map((p) => p.trim()).filter((p) => p !== '');
  if (parts.length < 2 || (parts.length === 2 && !/^home$/iu.test(parts[0]!))) return false;
  return parts.every((p) => wordCount(p) <= 4 && !endsSentence(p));
}

/** "Related", "More from X", "Also read: <headline>": a label, alone or before a link. */
function isRelatedLabel(text: string, words: number): boolean {
  const m = P.RELATED_LABEL.exec(text);
  if (!m) return false;
  const rest = text.slice(m[0].length);
  return /^\s*(?:[:|»›>\-–—]|$)/u.test(rest) || (words <= 8 && !endsSentence(text) && P.MORE_FROM.test(text));
}

/** Headlines that open with an emoji, or end with one in Headline Style, are clickbait teasers. */
function isEmojiHeadline(text: string): boolean {
  if (P.LEADING_EMOJI.test(text)) return true;
  return P.TRAILING_EMOJI.test(text) && isTitleCase(text);
}
