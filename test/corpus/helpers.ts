// Test helpers: article folders made on the fly, and the verbatim check every passage must pass.
import type { Passage } from '../../src/corpus/types.ts';

/** Writes `files` (name → text or bytes; names may contain `/`) into a fresh temp folder, removed when the running test finishes. */
export { tempArticles as articleDir } from '../helpers/articles.ts';

const squash = (s: string): string => s.replace(/\s+/gu, ' ').trim();

/**
 * True when the passage's text (white space normalised) occurs in the file from its line on,
 * starting within that line (a bullet's mark may come before it).
 */
export function isVerbatimAt(fileText: string, passage: Passage): boolean {
  const lines = fileText.replace(/^\uFEFF/u, '').split(/\r\n|\r|\n/u);
  const first = squash(lines[passage.line - 1] ?? '');
  const rest = squash(lines.slice(passage.line - 1).join('\n'));
  const at = rest.indexOf(squash(passage.text));
  return passage.text.trim() !== '' && at >= 0 && at < Math.max(1, first.length);
}
