// Reads back what a reply carries when one of its buttons is clicked: the paging footer, the cited
// passages, its owner, and a copy of it to share. Nothing is kept in memory between clicks.
import { ComponentType, MessageFlags, type APIButtonComponentWithCustomId, type APIEmbed, type Message } from 'discord.js';
import type { PageState } from '../../reply/model.ts';
import type { ButtonRow } from './components.ts';
import { encodeButton } from './custom-id.ts';
import { parsePageFooter } from './page-state.ts';
import type { DiscordBody } from './render.ts';

export function isEphemeral(message: Message): boolean {
  return message.flags.has(MessageFlags.Ephemeral);
}

/** Who ran the command this reply answers (for a shared copy: who shared it), when Discord says. */
export function ownerOf(message: Message): string | null {
  return message.interactionMetadata?.user.id ?? null;
}

export function pageStateOf(message: Message): PageState | null {
  const footer = message.embeds.at(-1)?.footer?.text;
  return footer ? parsePageFooter(footer) : null;
}

/** The same reply for everyone in the channel: its text and embeds, its buttons but Share. */
export function publicCopy(message: Message): DiscordBody {
  return {
    content: message.content,
    embeds: message.embeds.map((e) => copyEmbed(e.toJSON())),
    components: copyRows(message),
    allowed_mentions: { parse: [] },
  };
}

function copyEmbed(e: APIEmbed): APIEmbed {
  const { title, description, url, color, footer, fields } = e;
  return Object.fromEntries(
    Object.entries({ title, description, url, color, fields, footer: footer && { text: footer.text } }).filter(([, v]) => v !== undefined),
  );
}

function copyRows(message: Message): ButtonRow[] {
  const share = encodeButton({ kind: 'share' });
  const rows: ButtonRow[] = [];
  for (const row of message.components) {
    if (row.type !== ComponentType.ActionRow) continue;
    const buttons = row.components
      .map((c) => c.toJSON())
      .filter((c): c is APIButtonComponentWithCustomId => c.type === ComponentType.Button && 'custom_id' in c && c.custom_id !== share);
    if (buttons.length > 0) rows.push({ type: ComponentType.ActionRow, components: buttons });
  }
  return rows;
}
