// /speakers: everyone quoted in the coverage, most quoted first, with their quote counts. The same
// list is what `/quote` with no name shows and what Discord autocompletes the speaker option from.
import { z } from 'zod';
import { defineCommand, type CommandContext } from '../src/core/command.ts';
import { pageNumber } from '../src/core/input.ts';
import type { Reply } from '../src/reply/model.ts';

const SPEAKERS_PER_PAGE = 20;

export const speakers = defineCommand({
  name: 'speakers',
  description: 'Everyone quoted in the coverage, with how many quotes each has',
  usage: '/speakers [page:N]',
  schema: z.object({
    page: pageNumber(),
  }),
  run: ({ page }, ctx) => speakerList(ctx, page, 'speakers'),
});

/** The speaker list as a reply, paged; `command` is the one its page buttons run again. */
export function speakerList({ core }: CommandContext, page: number | undefined, command: string, notes: string[] = []): Reply {
  const all = core.quotes.speakers();
  const data = { speakers: all.map(({ name, aliases, quotes }) => ({ name, aliases, quotes })) };
  if (all.length === 0) return { kind: 'info', title: 'No one is quoted in the coverage.', lines: [], items: [], notes, data };
  const { index, pages, shown } = pageOf(all, page, SPEAKERS_PER_PAGE);
  return {
    kind: 'info',
    title: `${all.length} speaker${all.length === 1 ? ' is' : 's are'} quoted in the coverage`,
    lines: shown.map((s) => `${s.name}: ${s.quotes} quote${s.quotes === 1 ? '' : 's'}${s.aliases.length > 0 ? ` (also: ${s.aliases.slice(0, 3).join(', ')})` : ''}`),
    items: [],
    notes: [...notes, 'Type /quote <name> to see what one of them said, word for word.'],
    page: { command, args: {}, index, count: pages },
    data,
  };
}

/** Page `page` (1-based, clamped to the last) of `list`. */
export function pageOf<T>(list: readonly T[], page: number | undefined, size: number): { index: number; pages: number; shown: T[] } {
  const pages = Math.max(1, Math.ceil(list.length / size));
  const index = Math.min(pages, page ?? 1) - 1;
  return { index, pages, shown: list.slice(index * size, (index + 1) * size) };
}
