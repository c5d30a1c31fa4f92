// The buttons under a reply, from the reply's own actions (src/reply/actions.ts): ◀ ▶ paging, Share,
// the command's own buttons, and Context for each cited passage shown.
import { ButtonStyle, ComponentType, type APIActionRowComponent, type APIButtonComponentWithCustomId } from 'discord.js';
import { replyActions, type ReplyAction } from '../../reply/actions.ts';
import type { Reply, ReplyItem } from '../../reply/model.ts';
import { clampText } from './clamp.ts';
import { contextButtonId, encodeButton, tryEncodeButton } from './custom-id.ts';
import { LIMITS } from './limits.ts';

export type ButtonRow = APIActionRowComponent<APIButtonComponentWithCustomId>;
type DiscordButton = APIButtonComponentWithCustomId;

export interface ComponentPlan {
  /** Paging buttons need the state in the footer; without it they could not work after a restart. */
  pageable: boolean;
  /** Offer to post a private reply to the channel. */
  share: boolean;
  /** The items that got an embed, in order. */
  shown: readonly ReplyItem[];
  /** The user who asked, for owner-only buttons. */
  owner?: string | undefined;
  /** Told why a button had to be left out (its state too long for a custom id). */
  leftOut?: (note: string) => void;
}

export function replyComponents(reply: Reply, plan: ComponentPlan): ButtonRow[] {
  const top: DiscordButton[] = [];
  const context: DiscordButton[] = [];
  const seen = new Set<string>();
  for (const action of replyActions(reply, { share: plan.share, ...(plan.owner !== undefined && { owner: plan.owner }) })) {
    if (action.kind === 'context') {
      const b = action.item < plan.shown.length ? contextButton(action) : null;
      // Custom ids must be unique in a message; the same passage cited twice needs one button.
      if (b && !seen.has(b.custom_id)) context.push(b);
      if (b) seen.add(b.custom_id);
    } else {
      const b = topButton(action, plan);
      if (b) top.push(b);
    }
  }
  const rows = [top, ...chunks(context, LIMITS.buttonsPerRow)].filter((r) => r.length > 0);
  return rows.slice(0, LIMITS.actionRows).map((components) => ({ type: ComponentType.ActionRow, components }));
}

function topButton(action: Exclude<ReplyAction, { kind: 'context' }>, plan: ComponentPlan): DiscordButton | null {
  switch (action.kind) {
    case 'page':
      if (!plan.pageable) return null;
      return button(action.direction === 'previous' ? '◀' : '▶', encodeButton({ kind: 'page', index: action.index }), !action.enabled);
    case 'share':
      return { ...button('Share', encodeButton({ kind: 'share' })), style: ButtonStyle.Primary };
    case 'command': {
      const id = tryEncodeButton({ kind: 'state', state: action.state });
      if (id === null) plan.leftOut?.(`The ${action.action.label} button is left out: this request is too long to carry in a Discord button.`);
      return id === null ? null : button(clampText(action.action.label, LIMITS.buttonLabel), id);
    }
  }
}

function contextButton(action: Extract<ReplyAction, { kind: 'context' }>): DiscordButton {
  return button(clampText(`Context · ${action.citation}`, LIMITS.buttonLabel), contextButtonId(action.source, action.line));
}

function button(label: string, customId: string, disabled = false): DiscordButton {
  return { type: ComponentType.Button, style: ButtonStyle.Secondary, label, custom_id: customId, disabled };
}

function chunks<T>(list: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}
