// Words that date a question rather than say what it is about: "this week", "last month", "on
// Tuesday", "recently". News quizzes are full of them ("… said this week …"), and a passage that
// happens to say "this week" about something else must not outrank the one that answers. They are
// left out of the question's terms; "what day", "which year" (asking for a date) keep theirs.
import type { Token } from '../../text/tokens.ts';

const ALWAYS = new Set(['today', 'tonight', 'yesterday', 'tomorrow', 'recently', 'currently', 'nowadays']);
const PERIODS = new Set(['week', 'weekend', 'month', 'year', 'morning', 'afternoon', 'evening', 'night', 'weeks', 'months', 'days', 'day']);
const DAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
/** Words before a period or day that make it a date ("this week", "last Tuesday", "earlier this month"). */
const DEICTIC = new Set(['this', 'last', 'next', 'past', 'previous', 'coming', 'on', 'earlier', 'later', 'that']);

/** Positions in `tokens` of words that only say when. */
export function dateWordsAt(tokens: readonly Token[]): Set<number> {
  const out = new Set<number>();
  tokens.forEach((t, i) => {
    const word = t.text.toLowerCase();
    const before = tokens[i - 1]?.text.toLowerCase() ?? '';
    if (ALWAYS.has(word)) out.add(i);
    else if ((PERIODS.has(word) || DAYS.has(word)) && DEICTIC.has(before)) out.add(i);
  });
  return out;
}
