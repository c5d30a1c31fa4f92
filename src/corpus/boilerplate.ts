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

interface Rule {
  kind: BoilerplateKind;
  /** `special`: the text holds a character some rules look for (©, |, emoji, mojibake…). */
  test: (text: string, words: number, special: boolean) => boolean;
}

const RULES: readonly Rule[] = [
  { kind: 'broken-encoding', test: (t, _w, special) => special && hasMojibake(t) },
  { kind: 'comment-form', test: (t, w) => w <= 25 && P.COMMENT_FORM.test(t) },
  { kind: 'copyright', test: (t, w, special) => special && w <= 30 && P.COPYRIGHT.test(t) },
  { kind: 'navigation', test: (t, _w, special) => special && isNavigation(t) },
  { kind: 'interface', test: (t, w) => w <= 15 && P.INTERFACE.some((re) => re.test(t)) },
  { kind: 'related-links', test: (t, w) => isRelatedLabel(t, w) },
  { kind: 'byline', test: (t, w) => w <= 12 && !endsSentence(t) && P.BYLINE.test(t) },
  { kind: 'timestamp', test: (t, w) => w <= 14 && P.TIMESTAMP.test(t) },
  { kind: 'end-marker', test: (t, w) => w <= 4 && P.END_MARKER.test(t) },
  { kind: 'interface', test: (t, w) => w <= 6 && P.RELEASE_LABEL.test(t) },
  { kind: 'wire-credit', test: (t, w) => w <= 30 && (P.WIRE_CREDIT.test(t) || (t.includes('contributed') && P.CONTRIBUTED.test(t))) },
  { kind: 'clickbait', test: (t, _w, special) => special && isEmojiHeadline(t) },
  { kind: 'self-promotion', test: (t, w) => w <= 40 && P.SELF_PROMOTION.some((re) => re.test(t)) },
  { kind: 'tags', test: (t) => P.TAGS.test(t) },
  { kind: 'link-only', test: (t) => P.LINK_ONLY.test(t) },
];

/** Boilerplate lines are short; longer paragraphs are only checked for broken encoding (and save the time). */
const MAX_BOILERPLATE_WORDS = 40;

/** Why a paragraph (already stripped of credits and trailing prompts) is boilerplate, or null. */
export function boilerplateKind(text: string): BoilerplateKind | null {
  const t = text.trim();
  // Forty words never run past 600 characters: longer text skips the count too.
  const words = t.length > 15 * MAX_BOILERPLATE_WORDS ? Infinity : wordCount(t, MAX_BOILERPLATE_WORDS);
  if (words > MAX_BOILERPLATE_WORDS) return hasMojibake(t) ? 'broken-encoding' : null;
  // One scan for every rare character the rules need, instead of one scan per rule.
  const special = P.SPECIAL.test(t);
  return RULES.find((r) => r.test(t, words, special))?.kind ?? null;
}

/** The whole test a passage must pass: not boilerplate, not only a credit, not only prompts. */
export function isBoilerplate(text: string): boolean {
  const t = stripCredit(text);
  return t === '' || stripTrailingPrompts(t) === '' || boilerplateKind(t) !== null;
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
