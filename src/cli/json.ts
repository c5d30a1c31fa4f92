// The CLI's --json: a reply's own data (`Reply.data`, set by the command; shapes documented in the
// README), or a generic form of any reply that has none. Plus `passages`, which is no bot command.
import type { Core } from '../core/core.ts';
import { passageJson, type PassageJson } from '../core/data.ts';
import { citationLabel, excerptText, type Reply } from '../reply/model.ts';

/** The JSON text of a reply, one line. */
export function renderJson(reply: Reply): string {
  return JSON.stringify(reply.data ?? genericJson(reply));
}

/** Any reply as data: its kind, title, lines, cited items and notes. */
export function genericJson(reply: Reply) {
  return {
    kind: reply.kind,
    title: reply.title,
    lines: reply.lines,
    items: reply.items.map((item) => ({
      text: excerptText(item.excerpt),
      citation: citationLabel(item.citation),
      source: item.citation.source,
      line: item.citation.line,
      title: item.citation.title,
      ...(item.speaker != null && { speaker: item.speaker }),
    })),
    notes: reply.notes,
    ...(reply.page && { page: reply.page.index + 1, pages: reply.page.count }),
  };
}

export function passagesJson(core: Core): { passages: PassageJson[] } {
  return { passages: core.corpus.passages.map(passageJson) };
}
