// The buttons' custom ids: what a click asks for, in at most 100 characters, readable after a restart.
import { LIMITS } from './limits.ts';

export type ButtonAction =
  /** Show page `index` (0-based) of the reply the button is on; the rest of the state is in its footer. */
  | { kind: 'page'; index: number }
  /** Show the paragraph at `citation` (file:line) with its neighbours, privately. */
  | { kind: 'context'; citation: string }
  /** As `context`, for a citation too long for a custom id: read it from the message's embed `item`. */
  | { kind: 'context-of'; item: number }
  /** Post this private reply to the channel. */
  | { kind: 'share' };

export function encodeButton(action: ButtonAction): string {
  switch (action.kind) {
    case 'page':
      return `pg:${action.index}`;
    case 'context': {
      const id = `cx:${action.citation}`;
      if (id.length > LIMITS.customId) throw new RangeError(`custom id over ${LIMITS.customId} characters: ${id}`);
      return id;
    }
    case 'context-of':
      return `cx#${action.item}`;
    case 'share':
      return 'share';
  }
}

/** The action a custom id asks for, or null for an id this bot did not make (or an older format). */
export function decodeButton(id: string): ButtonAction | null {
  const page = /^pg:(-?\d+)$/.exec(id);
  if (page) return { kind: 'page', index: Number(page[1]) };
  if (/^cx:[^:]+:\d+$/.test(id)) return { kind: 'context', citation: id.slice(3) };
  const of = /^cx#(\d+)$/.exec(id);
  if (of) return { kind: 'context-of', item: Number(of[1]) };
  return id === 'share' ? { kind: 'share' } : null;
}

/** The context button for a citation: the citation itself when it fits, else the embed's position. */
export function contextButtonId(citation: string, item: number): string {
  const direct = `cx:${citation}`;
  return direct.length <= LIMITS.customId ? direct : encodeButton({ kind: 'context-of', item });
}
