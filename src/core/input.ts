// Checks shared by commands that take free text: clear messages for empty, overlong or symbol-only input.
import { z } from 'zod';

export const MAX_QUERY_LENGTH = 1000;

/** A user's free-text query: trimmed, 1 to 1,000 characters (real quiz questions run past 300), with at least one letter or digit. */
export const queryText = (what: string) =>
  z
    .string({ error: `Type ${what}.` })
    .trim()
    .min(1, { error: `Type ${what}.` })
    .max(MAX_QUERY_LENGTH, { error: `Keep ${what} under ${MAX_QUERY_LENGTH} characters.` })
    .refine((s) => /[\p{L}\p{N}]/u.test(s), { error: `${capitalise(what)} needs at least one word.` });

/** The optional 1-based `page` argument of a command that pages (see PageState in src/reply/model.ts). */
export const pageNumber = () =>
  z.number().int().min(1).max(1000).optional().describe('Which page of a long answer (1 = first)');

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
