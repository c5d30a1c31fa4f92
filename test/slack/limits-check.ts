// Checks a rendered Slack message against Slack's published limits; returns every breach found, so a test shows them all.
// Written from Slack's docs, independently of src/adapters/slack/limits.ts, so a wrong limit there is caught here.
import type { SlackMessage } from '../../src/adapters/slack/render.ts';

const SLACK = { blocks: 50, text: 3000, contextElements: 10, actionsElements: 25, buttonText: 75, value: 2000, actionId: 255 };

interface TextObject {
  type: string;
  text: string;
  verbatim?: boolean;
}

interface ButtonLike {
  type: string;
  text: TextObject;
  action_id: string;
  value?: string;
}

interface AnyBlock {
  type: string;
  text?: TextObject;
  accessory?: ButtonLike;
  elements?: Array<TextObject | ButtonLike>;
}

export function limitBreaches(message: SlackMessage): string[] {
  const out: string[] = [];
  const blocks = message.blocks as unknown as AnyBlock[];
  if (message.text.length === 0 || message.text.length > 40_000) out.push(`fallback text length ${message.text.length}`);
  if (blocks.length > SLACK.blocks) out.push(`${blocks.length} blocks`);
  const actionIds: string[] = [];
  blocks.forEach((block, i) => {
    if (block.text) out.push(...textBreaches(block.text, `block ${i}`));
    if (block.accessory) out.push(...buttonBreaches(block.accessory, `block ${i} accessory`, actionIds));
    if (block.type === 'context') {
      if (!block.elements?.length || block.elements.length > SLACK.contextElements) out.push(`block ${i}: ${block.elements?.length} context elements`);
      for (const e of block.elements ?? []) out.push(...textBreaches(e as TextObject, `block ${i} element`));
    }
    if (block.type === 'actions') {
      if (!block.elements?.length || block.elements.length > SLACK.actionsElements) out.push(`block ${i}: ${block.elements?.length} actions`);
      for (const e of block.elements ?? []) out.push(...buttonBreaches(e as ButtonLike, `block ${i} button`, actionIds));
    }
  });
  if (new Set(actionIds).size !== actionIds.length) out.push(`duplicate action_id in ${actionIds.join(', ')}`);
  return out;
}

function textBreaches(t: TextObject, where: string): string[] {
  const out: string[] = [];
  if (t.text.trim().length === 0 || t.text.length > SLACK.text) out.push(`${where}: text length ${t.text.length}`);
  if (t.type === 'mrkdwn' && t.verbatim !== true) out.push(`${where}: mrkdwn not verbatim`);
  return out;
}

function buttonBreaches(b: ButtonLike, where: string, ids: string[]): string[] {
  ids.push(b.action_id);
  const out: string[] = [];
  if (b.text.text.length === 0 || b.text.text.length > SLACK.buttonText) out.push(`${where}: label length ${b.text.text.length}`);
  if ((b.value ?? '').length > SLACK.value) out.push(`${where}: value length ${b.value?.length}`);
  if (b.action_id.length > SLACK.actionId) out.push(`${where}: action_id length ${b.action_id.length}`);
  return out;
}

/** Every `<…>` Slack would treat as markup (a mention, a channel, a link) in text the message shows. */
export function slackMarkup(message: SlackMessage): string[] {
  const shown = [message.text, ...shownTexts(message.blocks as unknown as AnyBlock[])];
  return shown.flatMap((t) => t.match(/<[^<>]*>/g) ?? []);
}

function shownTexts(blocks: AnyBlock[]): string[] {
  return blocks.flatMap((b) => [
    ...(b.text ? [b.text.text] : []),
    ...(b.accessory ? [b.accessory.text.text] : []),
    ...(b.elements ?? []).map((e) => (typeof e.text === 'string' ? e.text : e.text.text)),
  ]);
}
