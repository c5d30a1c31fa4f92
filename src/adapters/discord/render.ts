// Renders a platform-neutral reply as the exact Discord message body: a headline with notes, an embed
// per answer, buttons; clamped visibly to Discord's limits, escaped, and with mentions turned off.
import { MessageFlags, type AllowedMentionsTypes, type APIEmbed } from 'discord.js';
import type { Reply, ReplyFile, ReplyItem } from '../../reply/model.ts';
import { clampLine, clampLines } from './clamp.ts';
import { replyComponents, type ButtonRow } from './components.ts';
import { COLOURS, LIMITS } from './limits.ts';
import { escapeText } from './markdown.ts';
import { formatPageFooter } from './page-state.ts';
import { itemDescription } from './render-item.ts';
import { FIELD_ITEMS, fieldsEmbed } from './render-fields.ts';

export interface DiscordView {
  /** The reply is (or will be) seen only by the person who asked. */
  ephemeral?: boolean;
  /** Offer a Share button (default: on private replies that are not errors). */
  share?: boolean;
  /** The Discord user who asked: a command's owner-only buttons carry it. */
  owner?: string;
}

export interface DiscordBody {
  content: string;
  embeds: APIEmbed[];
  components: ButtonRow[];
  /** Always empty: a passage or question containing `@everyone` or `<@123>` pings no one. */
  allowed_mentions: { parse: AllowedMentionsTypes[] };
  flags?: MessageFlags.Ephemeral;
  /** Files sent as attachments with the message (an export); respond.ts turns them into uploads. */
  files?: ReplyFile[];
}

/** Room kept for the lines block (help, source lists) when answers need space too. */
const LINES_SHARE = 1500;
/** Longest single line of a lines block or of the notes. */
const LINE_MAX = 600;

export function renderDiscord(reply: Reply, view: DiscordView = {}): DiscordBody {
  const footer = reply.page ? formatPageFooter(reply.page) : null;
  const pageable = footer !== null && footer.length <= LIMITS.embedFooter;
  const footerText = footer === null ? null : pageable ? footer : pageLabel(reply);
  const linesEmbed = linesBlock(reply, footerText);
  const columns = reply.layout === 'columns' && reply.items.length > 0;
  const room = columns ? FIELD_ITEMS : LIMITS.embeds - (linesEmbed ? 1 : 0);
  const shown = reply.items.slice(0, room);
  const hidden = reply.items.length - shown.length;
  const answers = columns ? [fieldsEmbed(reply, shown, spare(linesEmbed, footerText))] : itemEmbeds(reply, shown, spare(linesEmbed, footerText));
  const embeds = [...(linesEmbed ? [linesEmbed] : []), ...answers];
  if (footerText !== null) withFooter(embeds, footerText, reply);
  const holds = columns ? `${LIMITS.embedFields} side by side` : `${LIMITS.embeds} embeds`;
  const notes = hidden > 0 ? [...reply.notes, `${hidden} more not shown: a Discord message holds at most ${holds}.`] : [...reply.notes];
  const files = attachable(reply.files ?? [], notes);
  const share = view.share ?? (view.ephemeral === true && reply.kind !== 'error');
  const components = replyComponents(reply, { pageable, share, shown, owner: view.owner, leftOut: (n) => notes.push(n) });
  return {
    content: headline(reply, notes),
    embeds,
    components,
    allowed_mentions: { parse: [] },
    ...(view.ephemeral && { flags: MessageFlags.Ephemeral }),
    ...(files.length > 0 && { files }),
  };
}

/** The files Discord takes with one message; any past its limits is named in a note, never dropped silently. */
function attachable(files: readonly ReplyFile[], notes: string[]): ReplyFile[] {
  const fits = files.filter((f, i) => i < LIMITS.attachments && Buffer.byteLength(f.content, 'utf8') <= LIMITS.attachmentBytes);
  const left = files.filter((f) => !fits.includes(f));
  if (left.length > 0) notes.push(`Not attached (over Discord's file limits): ${left.map((f) => f.name).join(', ')}. The CLI's --format csv|md gives them.`);
  return fits;
}

/** The title in bold, then the notes: what to try next, how many more there are. */
function headline(reply: Reply, notes: readonly string[]): string {
  const title = `**${escapeText(clampLine(reply.title, 300))}**`;
  const lines = notes.map((n) => escapeText(clampLine(n, LINE_MAX)));
  return clampLines([title, ...lines], LIMITS.content, (n) => `… and ${n} more note${n === 1 ? '' : 's'}`);
}

function linesBlock(reply: Reply, footer: string | null): APIEmbed | null {
  if (reply.lines.length === 0) return null;
  const total = LIMITS.embedTotal - (footer?.length ?? 0);
  const max = Math.min(LIMITS.embedDescription, reply.items.length > 0 ? LINES_SHARE : total);
  const lines = reply.lines.map((l) => escapeText(clampLine(l, LINE_MAX)));
  return { description: clampLines(lines, max, (n) => `… and ${n} more`), color: COLOURS[reply.kind] };
}

/** Characters of embed text left for the answers once the lines block and footer are counted. */
function spare(linesEmbed: APIEmbed | null, footer: string | null): number {
  return LIMITS.embedTotal - (linesEmbed?.description?.length ?? 0) - (footer?.length ?? 0);
}

function itemEmbeds(reply: Reply, items: readonly ReplyItem[], room: number): APIEmbed[] {
  if (items.length === 0) return [];
  const each = Math.min(LIMITS.embedDescription, Math.floor(room / items.length));
  return items.map((item) => ({ description: itemDescription(item, each), color: COLOURS[reply.kind] }));
}

function withFooter(embeds: APIEmbed[], text: string, reply: Reply): void {
  const last = embeds[embeds.length - 1];
  if (last) last.footer = { text };
  else embeds.push({ footer: { text }, color: COLOURS[reply.kind] });
}

function pageLabel(reply: Reply): string {
  return `Page ${(reply.page?.index ?? 0) + 1} of ${reply.page?.count ?? 1}`;
}
