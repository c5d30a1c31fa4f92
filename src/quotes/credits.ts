// Attributions that name the speaker without a speech verb: a transcript's speaker label opening a
// quoted turn (`“PENCE: Well, look, …”`) and a dash credit after a quote (`“…” ― Francisco Herrero`).
import { subjectAt } from './clauses.ts';
import { fold } from './fold.ts';
import type { Mention } from './mentions.ts';
import type { RuleInput, RuleResult } from './rules.ts';

/** `PENCE:`, `MR. TRUMP:`, `O'NEILL:` — capitals only, up to three words, at the very start of the quote. */
const LABEL = /^((?:\p{Lu}[\p{Lu}'’.-]*\s+){0,2}\p{Lu}[\p{Lu}'’-]+):\s+\S/u;
const LABEL_TITLES = new Set(['mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'gov', 'gen']);
const DASHES = new Set(['―', '—', '–']);

/**
 * A quoted turn of a transcript: the quote opens its paragraph and starts with a speaker's name in
 * capitals and a colon. A label that is a common word (`WARNING:`, `UPDATE:`) names no one.
 */
export function transcriptLabel({ si, q, inner, know }: RuleInput): RuleResult {
  if (si !== 0 || q !== 0) return null;
  const label = LABEL.exec(inner)?.[1];
  if (!label) return null;
  const words = label.split(/\s+/).filter((w) => !LABEL_TITLES.has(fold(w).replace(/\.$/, '')));
  if (words.length === 0 || words.join('').replace(/[^\p{L}]/gu, '').length < 4) return null;
  if (words.length === 1 && know.isCommonWord(fold(words[0]!))) return null;
  // A name the article knows (`Mike Pence` … `PENCE:`), or capitals that label several turns.
  if (!know.isKnownSurname(fold(words[words.length - 1]!)) && !know.isSpeakerLabel(fold(label))) return null;
  const name = words.map(titleCase);
  const mention: Mention = { kind: 'person', text: name.join(' '), name, first: q, last: q, roles: [] };
  return { mention, cue: ':' };
}

/** `PENCE` → `Pence`, `O'NEILL` → `O'Neill`, `SMITH-JONES` → `Smith-Jones`. */
function titleCase(word: string): string {
  return word.toLowerCase().replace(/(^|['’-])(\p{L})/gu, (_, mark: string, letter: string) => mark + letter.toUpperCase());
}

/**
 * `“…” ― Francisco Herrero` (or `—`, `–`): a quote opening its sentence, then a dash and a person's
 * name that ends the sentence or is followed only by a description (`― Jane Doe, 34, Phoenix`).
 */
export function dashCredit({ tokens, q, know }: RuleInput): RuleResult {
  if (!tokens.slice(0, q).every((t) => t.kind === 'punct') || !DASHES.has(tokens[q + 1]?.text ?? '')) return null;
  const m = subjectAt(tokens, q + 2, know);
  if (m?.kind !== 'person') return null;
  const after = tokens[m.last + 1];
  const ends = !after || (after.kind === 'punct' && /^[,.;(]$/.test(after.text) && !tokens.slice(m.last + 1).some((t) => t.kind === 'quote'));
  return ends ? { mention: m, cue: tokens[q + 1]!.text } : null;
}
