// The one codec for what a button carries, so a click can be answered after a restart with nothing kept in
// memory. Every platform puts state into a button and reads it back through encodeState/decodeState (the
// single pair a signature will wrap); carriers with one text field (Discord's custom id) add a short tag.
// The short forms (pg:N, cx#N, share) carry no state of their own: it is read from the bot's own message,
// which no user can edit; cx:file:line names a public passage. The state itself (`st:` and Slack values) is
// signed (./signing.ts): a value the bot did not write, or one edited, is refused like an unknown one.
import { createHash, randomBytes } from 'node:crypto';
import { z } from 'zod';
import { buttonSigner, type ButtonSigner } from './signing.ts';

/**
 * The one signer every platform's buttons go through: keyed from the configuration by `useButtonKey`
 * at start-up (BUTTON_SECRET, see src/config.ts); until then a random key for this process.
 */
let signer: ButtonSigner = buttonSigner(randomBytes(32));

export function useButtonKey(key: string | Uint8Array): void {
  signer = buttonSigner(key);
}

const argValue = z.union([z.string(), z.number(), z.boolean()]);

/** How a reply is produced again: a command with its arguments, or the line as typed. */
export const rerunSchema = z.union([
  z.object({ command: z.string().min(1), args: z.record(z.string(), argValue) }),
  z.object({ line: z.string().min(1) }),
]);

/** Where the reply to a press goes: over the message, to the presser alone, or to the channel. */
export const SHOWS = ['replace', 'private', 'public'] as const;

const stateSchema = z.object({
  /** The user who asked; only they may press. Absent when anyone may. */
  by: z.string().optional(),
  run: rerunSchema,
  /** Absent for the standard buttons, whose kind says it (paging replaces, Share posts). */
  show: z.enum(SHOWS).optional(),
});

export type Rerun = z.infer<typeof rerunSchema>;
export type Show = (typeof SHOWS)[number];
export type ButtonState = z.infer<typeof stateSchema>;

/** The compact wire form: one-letter keys, so a short request fits Discord's 100-character custom id. */
const wireSchema = z.object({
  b: z.string().optional(),
  c: z.string().optional(),
  a: z.record(z.string(), argValue).optional(),
  l: z.string().optional(),
  s: z.enum(['r', 'p', 'c']).optional(),
});
type Wire = z.infer<typeof wireSchema>;
const SHOW_CODE = { replace: 'r', private: 'p', public: 'c' } as const satisfies Record<Show, Wire['s']>;

/** The state as text, or null when it is longer than `max` (the carrier's limit): the caller leaves the button out, saying so. */
export function encodeState(state: ButtonState, max: number): string | null {
  const run = 'line' in state.run ? { l: state.run.line } : { c: state.run.command, a: state.run.args };
  const wire: Wire = { ...(state.by !== undefined && { b: state.by }), ...run, ...(state.show && { s: SHOW_CODE[state.show] }) };
  const text = signer.sign(JSON.stringify(wire));
  return text.length <= max ? text : null;
}

/** The state in a button, or null for text we did not write: unsigned (an older format), edited or forged. */
export function decodeState(signed: string | undefined): ButtonState | null {
  const text = signed ? signer.verify(signed) : null;
  if (!text) return null;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  const wire = wireSchema.strict().safeParse(json);
  if (!wire.success) return null;
  const { b, c, a, l, s } = wire.data;
  const show = SHOWS.find((k) => SHOW_CODE[k] === s);
  const state = stateSchema.safeParse({ ...(b !== undefined && { by: b }), run: l !== undefined ? { line: l } : { command: c, args: a }, ...(show && { show }) });
  return state.success ? state.data : null;
}

/** What a tagged button (one text field) asks for. */
export type ButtonAction =
  /** Show page `index` (0-based) of the reply the button is on; the rest of the state is read from the message. */
  | { kind: 'page'; index: number }
  /** Show the paragraph at `citation` (file:line) with its neighbours, privately. */
  | { kind: 'context'; citation: string }
  /** As `context`, for a citation too long to carry: its file named by `sourceKey` (found among the articles), and its line. */
  | { kind: 'context-of'; key: string; line: number }
  /** Post this private reply to the channel (a copy of the message). */
  | { kind: 'share' }
  /** Everything needed is in the button: run it and show it as `state.show` says. */
  | { kind: 'state'; state: ButtonState };

const TAG = { page: 'pg:', context: 'cx:', contextOf: 'cx~', state: 'st:' } as const;

/**
 * A short, stable name for a source file (16 characters of its SHA-256), for a citation too long for a
 * carrier: the file is found again among the loaded articles, whatever its length or characters.
 */
export const sourceKey = (source: string): string => createHash('sha256').update(source).digest('base64url').slice(0, 16);

/** The tagged text of an action; null when a `state` action does not fit in `max` characters. */
export function encodeButton(action: ButtonAction, max = Infinity): string | null {
  switch (action.kind) {
    case 'page':
      return `${TAG.page}${action.index}`;
    case 'context':
      return `${TAG.context}${action.citation}`.length <= max ? `${TAG.context}${action.citation}` : null;
    case 'context-of':
      return `${TAG.contextOf}${action.key}:${action.line}`;
    case 'share':
      return 'share';
    case 'state': {
      const state = encodeState(action.state, max - TAG.state.length);
      return state === null ? null : `${TAG.state}${state}`;
    }
  }
}

/** The action a tagged text asks for, or null for text this bot did not make (or an older format). */
export function decodeButton(text: string): ButtonAction | null {
  const page = /^pg:(-?\d+)$/.exec(text);
  if (page) return { kind: 'page', index: Number(page[1]) };
  // The file may hold colons itself (`weird:name.txt:3`): the line is after the last one.
  if (/^cx:[\s\S]+:\d+$/.test(text)) return { kind: 'context', citation: text.slice(TAG.context.length) };
  const of = /^cx~([\w-]{16}):(\d+)$/.exec(text);
  if (of) return { kind: 'context-of', key: of[1]!, line: Number(of[2]) };
  if (text.startsWith(TAG.state)) {
    const state = decodeState(text.slice(TAG.state.length));
    return state && { kind: 'state', state };
  }
  return text === 'share' ? { kind: 'share' } : null;
}

/** The context button for a passage: its citation when that fits, else its file's key and its line. */
export function contextButtonId(source: string, line: number, max: number): string {
  return encodeButton({ kind: 'context', citation: `${source}:${line}` }, max) ?? `${TAG.contextOf}${sourceKey(source)}:${line}`;
}
