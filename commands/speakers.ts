// /speakers: everyone quoted in the coverage, most quoted first, with their quote counts. The same
// list is what `/quote` with no name shows and what Discord autocompletes the speaker option from.
import { z } from 'zod';
import { defineCommand, type AutocompleteChoice, type CommandContext } from '../src/core/command.ts';
import { pageNumber } from '../src/core/input.ts';
import { fold } from '../src/quotes/fold.ts';
import type { Speaker } from '../src/quotes/types.ts';
import type { Reply } from '../src/reply/model.ts';

const SPEAKERS_PER_PAGE = 20;
/** Autocomplete offers at most this many names (Discord shows 25). */
const CHOICES = 25;

export const speakers = defineCommand({
  name: 'speakers',
  description: 'Everyone quoted in the coverage, with how many quotes each has',
  usage: '/speakers [page:N]',
  schema: z.object({
    page: pageNumber(),
  }),
  reads: 'search',
  run: ({ page }, ctx) => speakerList(ctx, page, 'speakers'),
});

/** The speaker list as a reply, paged; `command` is the one its page buttons run again. */
export function speakerList({ core }: CommandContext, page: number | undefined, command: string, notes: string[] = []): Reply {
  const all = core.quotes.speakers();
  const data = { speakers: all.map(({ name, aliases, quotes, kind }) => ({ name, aliases, quotes, kind: kind ?? 'person' })) };
  if (all.length === 0) return { kind: 'info', title: 'No one is quoted in the coverage.', lines: [], items: [], notes, data };
  const { index, pages, shown, pastEnd } = pageOf(all, page, SPEAKERS_PER_PAGE);
  return {
    kind: 'info',
    title: `${all.length} speaker${all.length === 1 ? ' is' : 's are'} quoted in the coverage`,
    lines: shown.map((s) => `${s.name}: ${s.quotes} quote${s.quotes === 1 ? '' : 's'}${s.aliases.length > 0 ? ` (also: ${s.aliases.slice(0, 3).join(', ')})` : ''}`),
    items: [],
    notes: [...(pastEnd ? [pastEnd] : []), ...notes, 'Type /quote <name> to see what one of them said, word for word.'],
    page: { command, args: {}, index, count: pages },
    data,
  };
}

/** Page `page` (1-based) of `list`; past the end, the last page, with `pastEnd` saying so. */
export function pageOf<T>(list: readonly T[], page: number | undefined, size: number): { index: number; pages: number; shown: T[]; pastEnd?: string } {
  const pages = Math.max(1, Math.ceil(list.length / size));
  const index = Math.min(pages, page ?? 1) - 1;
  const shown = list.slice(index * size, (index + 1) * size);
  if (page === undefined || page <= pages) return { index, pages, shown };
  const pastEnd = `There is no page ${page}: ${pages === 1 ? 'there is only one page' : `there are ${pages} pages`}, and this is the last.`;
  return { index, pages, shown, pastEnd };
}

/**
 * The `speakers` autocomplete list: speakers whose name or alias contains the typed text (a word
 * starting with it first), with quote counts; answered from memory (Discord gives 3 s).
 */
export function speakerChoices(typed: string, { core }: CommandContext): AutocompleteChoice[] {
  const q = fold(typed.trim());
  const all = core.quotes.speakers();
  const names = new Map(all.map((s) => [s, [s.name, ...s.aliases].map(fold)]));
  let picked = q === '' ? all : all.filter((s) => names.get(s)!.some((n) => n.includes(q)));
  if (q !== '') picked = [...picked].sort((a, b) => Number(startsWord(names.get(b)!, q)) - Number(startsWord(names.get(a)!, q)));
  // Nothing contains it (a typo): fall back to the quote book's own nearest names.
  if (picked.length === 0 && q !== '') picked = core.quotes.suggest(typed, CHOICES).flatMap((n) => core.quotes.findSpeaker(n) ?? []);
  return picked.slice(0, CHOICES).map(speakerChoice);
}

function speakerChoice(s: Speaker): AutocompleteChoice {
  return { name: s.name, detail: `(${s.quotes} quote${s.quotes === 1 ? '' : 's'})`, value: s.name };
}

function startsWord(names: readonly string[], q: string): boolean {
  return names.some((n) => n.startsWith(q) || n.includes(` ${q}`));
}
