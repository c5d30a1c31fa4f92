// What a Slack button carries: its action id says which kind it is, its `value` the state from the reply
// codec (src/reply/codec.ts). Slack keeps no state for us and the bot may restart between reply and click.
import { decodeState, encodeState, type ButtonState, type Rerun } from '../../reply/codec.ts';
import { LIMITS } from './limits.ts';

export type { ButtonState, Rerun };

/** The action_id of each kind of button; Context and command buttons add an index or id, as ids must be unique in a message. */
export const ACTION_IDS = {
  previous: 'page_previous',
  next: 'page_next',
  share: 'share',
  context: /^context_\d+$/,
  command: /^run_[a-z0-9-]+$/,
} as const;

export const contextActionId = (index: number): string => `context_${index}`;
export const commandActionId = (id: string): string => `run_${id}`;

/** The button value, or null when it would not fit Slack's limit (the caller then leaves the button out, saying so). */
export const encodeButtonState = (state: ButtonState): string | null => encodeState(state, LIMITS.actionValue);

/** The state in a button value, or null for a value we did not write (an old format or a forged payload). */
export const decodeButtonState = (value: string | undefined): ButtonState | null => decodeState(value);
