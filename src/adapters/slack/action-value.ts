// What a paging or Share button carries in its `value`: how to produce the reply again and who may
// press it. Slack keeps no state for us and the bot may restart between the reply and the click.
import { z } from 'zod';
import { LIMITS } from './limits.ts';

/** The action_id of each kind of button; Context buttons add the item's index, as ids must be unique in a message. */
export const ACTION_IDS = {
  previous: 'page_previous',
  next: 'page_next',
  share: 'share',
  context: /^context_\d+$/,
} as const;

export const contextActionId = (index: number): string => `context_${index}`;

const argValue = z.union([z.string(), z.number(), z.boolean()]);

const rerunSchema = z.union([
  z.object({ command: z.string().min(1), args: z.record(z.string(), argValue) }),
  z.object({ line: z.string().min(1) }),
]);

const stateSchema = z.object({
  /** The Slack user who asked; absent when anyone may press (a reply rendered outside Slack). */
  by: z.string().optional(),
  run: rerunSchema,
});

/** Either a command with its arguments (`router.run`) or the line as typed (`router.runLine`). */
export type Rerun = z.infer<typeof rerunSchema>;
export type ButtonState = z.infer<typeof stateSchema>;

/** The button value, or null when it would not fit Slack's limit (the caller then leaves the button out, saying so). */
export function encodeButtonState(state: ButtonState): string | null {
  const value = JSON.stringify(state);
  return value.length <= LIMITS.actionValue ? value : null;
}

/** The state in a button value, or null for a value we did not write (an old format or a forged payload). */
export function decodeButtonState(value: string | undefined): ButtonState | null {
  if (!value) return null;
  try {
    const parsed = stateSchema.safeParse(JSON.parse(value));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
