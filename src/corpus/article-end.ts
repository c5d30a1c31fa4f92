// Finds where the article body ends: after it come comment forms, copyright lines, link lists, site footers.
import type { Cleaned } from './clean.ts';
import { endsSentence, wordCount } from './shape.ts';
import { MORE_FROM, RELATED_LABEL } from './boilerplate-patterns.ts';
import { plainView } from './plain-view.ts';

/**
 * How sure a marker is that the body is over. `final` (comment form, copyright, "End of content")
 * almost never sits inside an article. `footer` (navigation, a list of teasers) rarely does, so
 * a few prose lines after it (an outlet describing itself) are still footer. A `label` ("Related",
 * "More from X") and an `inline` teaser ("Read more: <headline>") often sit mid-article, so they
 * end it only when hardly any prose follows.
 */
type Strength = 'final' | 'footer' | 'label' | 'inline';

// `Show more` / `Load more` are not here: an expand button can sit in the middle of an article.
const END_OF_FEED = /^(?:end of (?:content|article|story|page|feed|results)|no more (?:pages|posts|articles|stories|results|items|content))\b/iu;

/** Index of the first unit after the body, or null when the body runs to the end. */
export function findArticleEnd(units: readonly Cleaned[]): number | null {
  const prose = units.map(isProse);
  const total = prose.filter(Boolean).length;
  let before = 0;
  for (let i = 0; i < units.length; i++) {
    const strength = markerStrength(units[i]!);
    if (strength && accepts(strength, before, total - before)) return walkBack(units, i);
    if (prose[i]) before++;
  }
  return null;
}

function accepts(strength: Strength, before: number, after: number): boolean {
  const share = before / Math.max(1, before + after);
  if (strength === 'final') return share >= 0.3;
  if (share < 0.5) return false;
  if (strength === 'footer') return after <= Math.max(3, 0.3 * before);
  if (strength === 'label') return after <= 0.3 * before;
  return after <= 0.1 * before;
}

function markerStrength(unit: Cleaned): Strength | null {
  switch (unit.drop) {
    case 'comment-form':
    case 'copyright':
    case 'wire-credit':
    case 'end-marker':
      return 'final';
    case 'interface':
      return END_OF_FEED.test(unit.text) ? 'final' : null;
    case 'navigation':
    case 'teaser-list':
      return 'footer';
    case 'related-links':
      return isBareLabel(plainView(unit.text)) ? 'label' : 'inline';
    default:
      return null;
  }
}

function isBareLabel(text: string): boolean {
  if (MORE_FROM.test(text)) return true;
  const m = RELATED_LABEL.exec(text);
  return m === null || /^\W*$/u.test(text.slice(m[0].length));
}

/** Headings and dropped lines just above the marker (a "News" label, a teaser's headline) go with it. */
function walkBack(units: readonly Cleaned[], index: number): number {
  let i = index;
  while (i > 0 && (units[i - 1]!.kind === 'heading' || units[i - 1]!.drop !== null)) i--;
  return i;
}

/** A kept paragraph of real sentences: what an article body is made of. */
function isProse(unit: Cleaned): boolean {
  if (unit.drop !== null || unit.kind === 'heading' || !endsSentence(unit.text)) return false;
  const t = unit.text.trimEnd();
  return !t.endsWith('…') && !t.endsWith('...') && wordCount(t, 8) >= 8;
}
