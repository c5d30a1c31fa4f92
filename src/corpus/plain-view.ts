// A markup-free view of a line (no Markdown emphasis, link syntax or quote marks), used only to
// classify it: passages keep their verbatim text.

/** `**READ MORE:** [Fees rise](url)` → `READ MORE: Fees rise`; text without markup comes back as is. */
export function plainView(text: string): string {
  // Plain substring looks are cheaper than one character-class scan over every paragraph.
  if (!text.includes('*') && !text.includes('_') && !text.includes('[') && !text.trimStart().startsWith('>')) return text;
  return text
    .replace(/!\[[^\]]*\]\([^)]*\)/gu, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/gu, '$1')
    .replace(/\*{1,3}|(?<![\p{L}\p{N}])_{1,3}|_{1,3}(?![\p{L}\p{N}])/gu, '')
    .replace(/^\s*(?:>\s*)+/u, '')
    .trim();
}
