// What an article is about, when its opening says so: an encyclopedia-style article opens by
// defining its subject ("Auburndale is a city in Polk County", "Sir Isaac Newton (1642–1727) was an
// English physicist"), and every later paragraph is about it, though it says "the city" or "he".
// A news story rarely opens that way; a file of unrelated paragraphs almost never does.

const DEFINITION = /^(.{1,60}?)\s+(?:is|are|was|were)\s+(?:a|an|the|one)\b/u;
/** A closed parenthesis (dates, other names, a pronunciation), or one the title's cut left open. */
const ASIDE = /\s*\([^)]*(?:\)|…?$)/gu;

/** The subject an article's title (or opening words) defines, or null when it defines none. */
export function definedSubject(title: string): string | null {
  const plain = title.replace(ASIDE, '');
  return DEFINITION.exec(plain)?.[1] ?? null;
}
