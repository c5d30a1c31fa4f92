// The paging state written into a reply's footer (`Page 2 of 5 · /ask question:"…" limit:5`) and read
// back from the message when a ◀ ▶ button is clicked, so paging survives a restart without storage.
import type { PageState } from '../../reply/model.ts';

type ArgValue = PageState['args'][string];

const HEAD = /^Page (\d+) of (\d+) · \/([a-z0-9_-]+)/;

/** The footer line: readable (it is also how to run the same request again) and parseable. */
export function formatPageFooter(page: PageState): string {
  const args = Object.entries(page.args)
    .filter(([key]) => key !== 'page')
    .map(([key, value]) => ` ${key}:${JSON.stringify(value)}`)
    .join('');
  return `Page ${page.index + 1} of ${page.count} · /${page.command}${args}`;
}

/** The state back from a footer, or null when the text is not one of ours. */
export function parsePageFooter(text: string): PageState | null {
  const head = HEAD.exec(text);
  if (!head) return null;
  const args = parseArgs(text.slice(head[0].length));
  const index = Number(head[1]) - 1;
  const count = Number(head[2]);
  if (!args || index < 0 || index >= count) return null;
  return { command: head[3]!, args, index, count };
}

function parseArgs(rest: string): Record<string, ArgValue> | null {
  const args: Record<string, ArgValue> = {};
  let at = 0;
  while (at < rest.length) {
    const key = /^ ([a-z_][\w-]*):/i.exec(rest.slice(at));
    if (!key) return null;
    at += key[0].length;
    const end = rest.startsWith('"', at) ? stringEnd(rest, at) : nextSpace(rest, at);
    const value = parseValue(rest.slice(at, end));
    if (value === undefined) return null;
    args[key[1]!] = value;
    at = end;
  }
  return args;
}

/** Index just past the JSON string that opens at `start`. */
function stringEnd(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '"') return i + 1;
  }
  return text.length;
}

function nextSpace(text: string, start: number): number {
  const i = text.indexOf(' ', start);
  return i === -1 ? text.length : i;
}

function parseValue(raw: string): ArgValue | undefined {
  try {
    const value: unknown = JSON.parse(raw);
    return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? value : undefined;
  } catch {
    return undefined;
  }
}
