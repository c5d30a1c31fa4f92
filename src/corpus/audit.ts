// The loader's audit: which files lost a large share of their text to the boilerplate rules.
import type { Dropped } from './article.ts';

/** A file that loses more than this share of its characters is named in a warning. */
const LOSS_WARNING_SHARE = 1 / 3;

/** One warning per file whose dropped lines hold more than a third of its non-blank text. */
export function lossWarnings(files: readonly { source: string; text: string }[], dropped: ReadonlyMap<string, Dropped[]>): string[] {
  const warnings: string[] = [];
  for (const { source, text } of files) {
    const total = text.replace(/\s+/gu, '').length;
    const lost = (dropped.get(source) ?? []).filter((d) => d.reason !== 'title' && d.reason !== 'html-furniture').reduce((sum, d) => sum + d.text.replace(/\s+/gu, '').length, 0);
    if (total > 0 && lost / total > LOSS_WARNING_SHARE) {
      const share = Math.round((100 * lost) / total);
      warnings.push(`${source}: ${share}% of its text was left out as boilerplate (see \`npm run cli -- dropped --json\`)`);
    }
  }
  return warnings;
}
