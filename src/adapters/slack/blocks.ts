// Builders for the few Block Kit pieces we send, each held to Slack's limits.
// Every mrkdwn object is `verbatim` so Slack does not turn bare URLs, #channels or @names into links or mentions.
import type { types } from '@slack/bolt';
import { LIMITS } from './limits.ts';

export type Block = types.KnownBlock;
export type Button = types.Button;

/** A mrkdwn text object; `text` must already be escaped and within the limit. */
export function mrkdwn(text: string): types.MrkdwnElement {
  return { type: 'mrkdwn', text, verbatim: true };
}

export function section(text: string, accessory?: Button): types.SectionBlock {
  return { type: 'section', text: mrkdwn(text), ...(accessory && { accessory }) };
}

/** A context block of mrkdwn texts; past Slack's ten elements the last one says how many more there were. */
export function context(texts: readonly string[]): types.ContextBlock {
  const present = texts.filter((t) => t.trim() !== '');
  const max = LIMITS.contextElements;
  const shown = present.length > max ? [...present.slice(0, max - 1), `${present.length - (max - 1)} more`] : present;
  return { type: 'context', elements: shown.map(mrkdwn) };
}

export function button(label: string, actionId: string, value: string, style?: 'primary' | 'danger'): Button {
  const text = label.length > LIMITS.buttonText ? `${label.slice(0, LIMITS.buttonText - 1)}…` : label;
  return {
    type: 'button',
    text: { type: 'plain_text', text, emoji: true },
    action_id: actionId.slice(0, LIMITS.actionId),
    value,
    ...(style && { style }),
  };
}

export function actions(elements: readonly Button[]): types.ActionsBlock {
  return { type: 'actions', elements: elements.slice(0, LIMITS.actionsElements) };
}
