// A passage copied field by field. The saved corpus's passages read their fields when asked
// (`cache/saved-passages.ts`: texts stay UTF-8 bytes until read), so an object spread of one
// (`{ ...p }`) would copy nothing: code that copies a passage to change it starts from this.
import type { Passage } from './types.ts';

export function plainPassage(p: Passage): Passage {
  const { source, line, heading, title, text, also } = p;
  return { source, line, heading, title, text, ...(also && { also }) };
}
