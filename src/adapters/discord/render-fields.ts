// Answers side by side (`layout: 'columns'`, e.g. /compare): one embed whose fields are the items,
// each named by its outlet and date, its value the excerpt and citation, within the field limits.
import type { APIEmbed } from 'discord.js';
import type { Reply, ReplyItem } from '../../reply/model.ts';
import { clampText } from './clamp.ts';
import { COLOURS, LIMITS } from './limits.ts';
import { escapeText } from './markdown.ts';
import { itemDescription } from './render-item.ts';

/** Items a fields embed can show. */
export const FIELD_ITEMS = LIMITS.embedFields;

/** The outlet (else the title) and the date: what tells the columns apart. */
export function fieldName(item: ReplyItem): string {
  const c = item.citation;
  return escapeText(clampText(`${c.outlet ?? c.title}${c.date ? ` · ${c.date}` : ''}`, 200));
}

/** One embed holding `items` as fields, together at most `room` characters of embed text. */
export function fieldsEmbed(reply: Reply, items: readonly ReplyItem[], room: number): APIEmbed {
  const names = items.map(fieldName);
  const nameChars = names.reduce((n, s) => n + s.length, 0);
  const each = Math.min(LIMITS.embedFieldValue, Math.floor((room - nameChars) / Math.max(1, items.length)));
  return {
    color: COLOURS[reply.kind],
    fields: items.map((item, i) => ({ name: names[i]!, value: itemDescription(item, Math.max(40, each)) })),
  };
}
