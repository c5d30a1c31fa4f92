// Renders a platform-neutral reply as a Slack message: Block Kit blocks plus a plain `text` fallback,
// clamped to Slack's limits visibly ("…", "n more") and escaped so no passage can mention or link anyone.
import { replyActions, type ReplyAction } from '../../reply/actions.ts';
import { citationLabel, type Citation, type Reply, type ReplyItem } from '../../reply/model.ts';
import { renderText } from '../../reply/text.ts';
import { ACTION_IDS, commandActionId, contextActionId, encodeButtonState, type ButtonState, type Rerun } from './action-value.ts';
import { actions as actions_, button, context, section, type Block, type Button } from './blocks.ts';
import { LIMITS } from './limits.ts';
import { boldMrkdwn, fitMrkdwn, linkMrkdwn, quoteMrkdwn } from './mrkdwn.ts';

export interface SlackMessage {
  text: string;
  blocks: Block[];
}

export interface SlackRenderOptions {
  /** The Slack user who asked: only they may turn the pages. Absent outside Slack (the CLI). */
  owner?: string;
  /** The reply is visible only to the asker: offer "Share" to post it to the channel. */
  private?: boolean;
  /** How to produce this reply again, for Share on a reply that does not page. */
  rerun?: Rerun;
}

/** At most this many sections of plain lines (a long /sources list); the rest is counted, not dropped silently. */
const MAX_LINE_SECTIONS = 10;

export function renderSlack(reply: Reply, options: SlackRenderOptions = {}): SlackMessage {
  const actions = replyActions(reply, options);
  const head = [section(titleText(reply)), ...lineBlocks(reply.lines)];
  const tail = tailBlocks(reply, actions);
  const room = LIMITS.blocks - head.length - tail.length;
  // Slack rejects a message whose fallback is empty; a reply of blanks falls back to its title text.
  const text = fitMrkdwn(renderText(reply), LIMITS.fallbackText) || fitMrkdwn(titleText(reply), LIMITS.fallbackText);
  return { text, blocks: [...head, ...itemBlocks(reply, room, actions), ...tail] };
}

function titleText(reply: Reply): string {
  const title = reply.title.trim() || (reply.kind === 'error' ? 'Something went wrong.' : 'No answer.');
  // Measured once escaped: 1,000 `<` are 4,000 characters as `&lt;`.
  const max = LIMITS.sectionText - 20;
  const bold = boldMrkdwn(title);
  const text = bold.length <= max ? bold : fitMrkdwn(title, max);
  return reply.kind === 'error' ? `:warning: ${text}` : text;
}

/** Plain lines, packed into as few sections as fit; a single overlong line is cut with "…". */
function lineBlocks(lines: readonly string[]): Block[] {
  const chunks: string[] = [];
  let current = '';
  for (const line of lines) {
    const text = fitMrkdwn(line, LIMITS.sectionText);
    if (current && current.length + 1 + text.length > LIMITS.sectionText) {
      chunks.push(current);
      current = text;
    } else current = current ? `${current}\n${text}` : text;
  }
  if (current.trim()) chunks.push(current);
  if (chunks.length <= MAX_LINE_SECTIONS) return chunks.map((c) => section(c));
  const hidden = chunks.slice(MAX_LINE_SECTIONS - 1).reduce((n, c) => n + c.split('\n').length, 0);
  return [...chunks.slice(0, MAX_LINE_SECTIONS - 1).map((c) => section(c)), context([`${hidden} more lines not shown.`])];
}

/** Two blocks per item (the quote, then its citation); items past the block limit are counted in a note. */
function itemBlocks(reply: Reply, room: number, actions: readonly ReplyAction[]): Block[] {
  const fits = reply.items.length * 2 <= room ? reply.items.length : Math.max(0, Math.floor((room - 1) / 2));
  const contexts = new Map(actions.flatMap((a) => (a.kind === 'context' ? [[a.item, a.citation] as const] : [])));
  const blocks = reply.items.slice(0, fits).flatMap((item, i) => [
    section(itemText(item), contextButton(contexts.get(i), i)),
    context(citationTexts(item)),
  ]);
  const hidden = reply.items.length - fits;
  if (hidden > 0) blocks.push(context([`${hidden} more passage${hidden === 1 ? '' : 's'} not shown (a Slack message holds ${LIMITS.blocks} blocks).`]));
  return blocks;
}

function itemText(item: ReplyItem): string {
  // Cut first, then made bold (boldMrkdwn escapes: given escaped text it would escape it twice).
  const name = item.speaker?.trim() ? fitMrkdwn(item.speaker.trim(), 200) : '';
  const speaker = name ? `${name.includes('*') ? name : `*${name}*`}:\n` : '';
  const excerpt = item.excerpt.some((s) => s.text.trim() !== '') ? item.excerpt : [{ text: '(empty passage)' }];
  const note = item.note?.trim() ? `\n${fitMrkdwn(item.note.trim(), 300)}` : '';
  return speaker + quoteMrkdwn(excerpt, LIMITS.sectionText - speaker.length - note.length) + note;
}

function contextButton(citation: string | undefined, index: number): Button | undefined {
  return citation !== undefined && citation.length <= LIMITS.actionValue ? button('Context', contextActionId(index), citation) : undefined;
}

/** `file:line`, title, outlet, link, how the words matched, and other places the same text appears. */
function citationTexts(item: ReplyItem): string[] {
  const c = item.citation;
  const max = LIMITS.sectionText;
  const title = c.heading && c.heading !== c.title ? `${c.title} — ${c.heading}` : c.title;
  const texts = [fitMrkdwn(citationLabel(c), max), fitMrkdwn(title, max)];
  if (c.outlet) texts.push(fitMrkdwn(c.outlet, max));
  if (c.date) texts.push(fitMrkdwn(c.date, max));
  if (c.url) texts.push(linkOrText(c.url));
  const via = (item.matched ?? []).filter((m) => m.via).map((m) => `${m.term} ← ${m.via}`);
  if (via.length > 0) texts.push(fitMrkdwn(`matched through: ${via.join(', ')}`, max));
  return [...texts, ...alsoTexts(item.also ?? [], LIMITS.contextElements - texts.length)];
}

/** Other places the same text appears, within `room` context elements; the rest counted. */
function alsoTexts(also: readonly Citation[], room: number): string[] {
  const label = (c: Citation) => fitMrkdwn(`also ${citationLabel(c)} (${c.title})`, LIMITS.sectionText);
  if (also.length <= room) return also.map(label);
  const shown = Math.max(0, room - 1);
  return [...also.slice(0, shown).map(label), `also in ${also.length - shown} more places`];
}

function linkOrText(url: string): string {
  const link = linkMrkdwn(url, 'Open article');
  return link.length <= LIMITS.sectionText ? link : fitMrkdwn(url, LIMITS.sectionText);
}

/** Notes, the page indicator, and the paging, Share and command buttons. */
function tailBlocks(reply: Reply, actions: readonly ReplyAction[]): Block[] {
  const notes = [...reply.notes];
  const buttons = actions.flatMap((a) => tailButton(a, notes) ?? []);
  const blocks: Block[] = [];
  if (notes.some((n) => n.trim())) blocks.push(context([fitMrkdwn(notes.join('\n'), LIMITS.sectionText)]));
  if (reply.page && reply.page.count > 1) blocks.push(context([`Page ${reply.page.index + 1} of ${reply.page.count}`]));
  if (buttons.length > 0) blocks.push(actions_(buttons));
  return blocks;
}

/** The button of a reply-wide action; one whose state is too long is left out, and a note says so. */
function tailButton(action: ReplyAction, notes: string[]): Button | null {
  const look = lookOf(action);
  if (!look) return null;
  const value = encodeButtonState(look.state);
  if (value) return button(look.label, look.id, value, look.style);
  notes.push(action.kind === 'share' ? 'Share is left out: this request is too long to carry in a Slack button.'
    : `The ${look.label.replace(/[◀▶]/g, '').trim()} button is left out: this request is too long to carry in a Slack button.`);
  return null;
}

interface Look {
  label: string;
  id: string;
  state: ButtonState;
  style?: 'primary';
}

/** How a reply-wide action shows on Slack; null for none (Context goes beside its item, a disabled page is not shown). */
function lookOf(action: ReplyAction): Look | null {
  switch (action.kind) {
    case 'page':
      if (!action.enabled) return null;
      return action.direction === 'previous'
        ? { label: '◀ Previous', id: ACTION_IDS.previous, state: action.state }
        : { label: 'Next ▶', id: ACTION_IDS.next, state: action.state };
    case 'share':
      return action.state && { label: 'Share in channel', id: ACTION_IDS.share, state: action.state, style: 'primary' };
    case 'command':
      return { label: action.action.label, id: commandActionId(action.action.id), state: action.state };
    case 'context':
      return null;
  }
}
