// Every Discord limit a message body can break, as a list of violations (empty when the body is valid).
import type { DiscordBody } from '../../src/adapters/discord/render.ts';

export function limitViolations(body: DiscordBody): string[] {
  const out: string[] = [];
  const check = (ok: boolean, what: string) => void (ok || out.push(what));
  check(body.content.length <= 2000, `content has ${body.content.length} characters`);
  check(body.embeds.length <= 10, `${body.embeds.length} embeds`);
  let total = 0;
  for (const [i, e] of body.embeds.entries()) {
    check((e.description ?? '').length <= 4096, `embed ${i} description has ${e.description?.length}`);
    check((e.title ?? '').length <= 256, `embed ${i} title`);
    check((e.footer?.text ?? '').length <= 2048, `embed ${i} footer`);
    check((e.fields ?? []).length <= 25, `embed ${i} fields`);
    for (const f of e.fields ?? []) check(f.name.length <= 256 && f.value.length <= 1024, `embed ${i} field`);
    total += (e.title ?? '').length + (e.description ?? '').length + (e.footer?.text ?? '').length;
    total += (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);
  }
  check(total <= 6000, `embeds hold ${total} characters together`);
  check(body.components.length <= 5, `${body.components.length} action rows`);
  const ids = body.components.flatMap((row) => row.components.map((c) => c.custom_id));
  check(new Set(ids).size === ids.length, 'duplicate custom ids');
  for (const row of body.components) {
    check(row.components.length <= 5, 'more than 5 buttons in a row');
    for (const c of row.components) check(c.custom_id.length <= 100 && (c.label ?? '').length <= 80, `button ${c.custom_id}`);
  }
  check(JSON.stringify(body.allowed_mentions) === '{"parse":[]}', 'mentions are not off');
  return out;
}

/** Markdown back to the text it shows: drops our bold markers and quote prefixes, undoes escapes. */
export function shownText(markdown: string): string {
  const lines = markdown.split('\n').map((l) => l.replace(/^> /, ''));
  let out = '';
  const s = lines.join('\n');
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '\\' && i + 1 < s.length) out += s[++i];
    else if (s[i] === '*' && s[i + 1] === '*') i++;
    else out += s[i];
  }
  return out;
}

const BARE_URL = /https?:\/\/[^\s<\\]+[^<.,:;"')\]\s\\]/g;

/**
 * Markdown that text we did not write could still turn on, in `markdown` made from it alone: any
 * unescaped formatting, link, mention or emoji character outside a bare URL, and any line opened by a
 * heading, subtext, quote, bullet or list mark. Empty when the text can only show as typed.
 */
export function liveMarkup(markdown: string): string[] {
  const found: string[] = [];
  const rest = markdown.replace(BARE_URL, 'u').replace(/\\[^\n]/g, 'e');
  for (const m of rest.matchAll(/[*_~|`[\]<]/g)) found.push(`"${m[0]}" at ${m.index}`);
  for (const m of rest.matchAll(/^[ \t]*(?:#|-|\+|>|\d+\.[ \t])/gm)) found.push(`line opening "${m[0]}"`);
  return found;
}
