// The buttons under a reply: ◀ ▶ paging, Share (on a private reply), and Context for each cited passage.
import { ButtonStyle, ComponentType, type APIActionRowComponent, type APIButtonComponentWithCustomId } from 'discord.js';
import { citationLabel, type Reply, type ReplyItem } from '../../reply/model.ts';
import { clampText } from './clamp.ts';
import { contextButtonId, encodeButton } from './custom-id.ts';
import { LIMITS } from './limits.ts';

export type ButtonRow = APIActionRowComponent<APIButtonComponentWithCustomId>;

export interface ComponentPlan {
  /** Paging buttons need the state in the footer; without it they could not work after a restart. */
  pageable: boolean;
  /** Offer to post a private reply to the channel. */
  share: boolean;
  /** The items that got an embed, in order. */
  shown: readonly ReplyItem[];
}

export function replyComponents(reply: Reply, plan: ComponentPlan): ButtonRow[] {
  const top = [...pagingButtons(reply, plan.pageable), ...(plan.share ? [shareButton()] : [])];
  const context = reply.kind === 'results' ? contextButtons(plan.shown) : [];
  const rows = [top, ...chunks(context, LIMITS.buttonsPerRow)].filter((r) => r.length > 0);
  return rows.slice(0, LIMITS.actionRows).map((components) => ({ type: ComponentType.ActionRow, components }));
}

function pagingButtons(reply: Reply, pageable: boolean): APIButtonComponentWithCustomId[] {
  const page = reply.page;
  if (!pageable || !page || page.count < 2) return [];
  return [
    button('◀', encodeButton({ kind: 'page', index: page.index - 1 }), page.index <= 0),
    button('▶', encodeButton({ kind: 'page', index: page.index + 1 }), page.index >= page.count - 1),
  ];
}

function shareButton(): APIButtonComponentWithCustomId {
  return { ...button('Share', encodeButton({ kind: 'share' })), style: ButtonStyle.Primary };
}

function contextButtons(items: readonly ReplyItem[]): APIButtonComponentWithCustomId[] {
  const seen = new Set<string>();
  const out: APIButtonComponentWithCustomId[] = [];
  items.forEach((item, i) => {
    const label = citationLabel(item.citation);
    const id = contextButtonId(label, i);
    // Custom ids must be unique in a message; the same passage cited twice needs one button.
    if (seen.has(id)) return;
    seen.add(id);
    out.push(button(clampText(`Context · ${label}`, LIMITS.buttonLabel), id));
  });
  return out;
}

function button(label: string, customId: string, disabled = false): APIButtonComponentWithCustomId {
  return { type: ComponentType.Button, style: ButtonStyle.Secondary, label, custom_id: customId, disabled };
}

function chunks<T>(list: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}
