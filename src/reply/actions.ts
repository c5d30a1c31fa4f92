// The buttons a reply offers, declared once for every platform: ◀ ▶ paging (from `reply.page`), Context
// under each cited passage, Share on a private reply, and any a command adds (`reply.actions`).
// Platforms turn these into their own buttons and carry the state through ./codec.ts.
import type { ButtonState, Rerun, Show } from './codec.ts';
import { citationLabel, type PageState, type Reply } from './model.ts';

/** A button a command adds to its reply: pressing it runs `run` and shows the answer as `show` says. */
export interface CommandAction {
  /** Unique in the reply, lower-case letters, digits and `-`: platforms build their action ids from it. */
  id: string;
  label: string;
  run: { command: string; args: Record<string, string | number | boolean> };
  show: Show;
  /** Only the person who asked may press it (default: anyone). */
  ownerOnly?: boolean;
}

export type ReplyAction =
  /** Turns to page `index` (0-based); `enabled` is false past either end. */
  | { kind: 'page'; direction: 'previous' | 'next'; index: number; enabled: boolean; state: ButtonState }
  /** The cited passage of item `item` with its neighbours. */
  | { kind: 'context'; item: number; citation: string; source: string; line: number }
  /** Posts a private reply to the channel; `state` (how to make it again) is null when nothing says how. */
  | { kind: 'share'; state: ButtonState | null }
  | { kind: 'command'; action: CommandAction; state: ButtonState };

export interface ActionView {
  /** The user who asked: only they may turn the pages or share. */
  owner?: string;
  /** The reply is seen only by the asker. */
  private?: boolean;
  /** Offer Share (default: on private replies that are not errors). */
  share?: boolean;
  /** How to produce this reply again, for Share on a reply that does not page. */
  rerun?: Rerun;
}

/** Every button `reply` offers in `view`, in the order platforms show them. */
export function replyActions(reply: Reply, view: ActionView = {}): ReplyAction[] {
  const by = view.owner !== undefined ? { by: view.owner } : {};
  const share = view.share ?? (view.private === true && reply.kind !== 'error');
  const run = reply.page ? pageRun(reply.page, reply.page.index + 1) : view.rerun;
  return [
    ...pageActions(reply.page, by),
    ...(share ? [{ kind: 'share' as const, state: run ? { ...by, run } : null }] : []),
    ...(reply.actions ?? []).map((action) => ({
      kind: 'command' as const,
      action,
      state: { ...(action.ownerOnly ? by : {}), run: action.run, show: action.show },
    })),
    ...contextActions(reply),
  ];
}

/** The run that shows page `oneBased` of a paged reply. */
export const pageRun = (page: PageState, oneBased: number): Rerun => ({ command: page.command, args: { ...page.args, page: oneBased } });

function pageActions(page: PageState | undefined, by: { by?: string }): ReplyAction[] {
  if (!page || page.count < 2) return [];
  const turn = (direction: 'previous' | 'next', index: number): ReplyAction => ({
    kind: 'page',
    direction,
    index,
    enabled: index >= 0 && index < page.count,
    state: { ...by, run: pageRun(page, index + 1) },
  });
  return [turn('previous', page.index - 1), turn('next', page.index + 1)];
}

function contextActions(reply: Reply): ReplyAction[] {
  if (reply.kind !== 'results') return [];
  return reply.items.map((item, i) => ({ kind: 'context', item: i, citation: citationLabel(item.citation), source: item.citation.source, line: item.citation.line }));
}
