// Export of an answer as files a newsroom can keep: CSV (RFC 4180: every field quoted, quotes doubled,
// CRLF rows) and a Markdown table, one row per cited passage with its verbatim text and full source.
export interface ExportRow {
  /** Verbatim text: the quote or passage as cited. */
  text: string;
  speaker: string | null;
  outlet: string | null;
  date: string | null;
  url: string | null;
  title: string;
  source: string;
  line: number;
}

export interface ExportFile {
  name: string;
  contentType: string;
  content: string;
}

const COLUMNS = ['text', 'speaker', 'outlet', 'date', 'url', 'title', 'citation'] as const;

const cells = (r: ExportRow): string[] => [r.text, r.speaker ?? '', r.outlet ?? '', r.date ?? '', r.url ?? '', r.title, `${r.source}:${r.line}`];

export function toCsv(rows: readonly ExportRow[]): string {
  const quote = (v: string): string => `"${v.replace(/"/g, '""')}"`;
  return [COLUMNS.map(quote).join(','), ...rows.map((r) => cells(r).map(quote).join(','))].join('\r\n') + '\r\n';
}

/** A Markdown table under a heading; `|` and line breaks in the text are escaped so the table holds. */
export function toMarkdown(heading: string, rows: readonly ExportRow[]): string {
  const cell = (v: string): string => v.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
  const head = `| ${COLUMNS.join(' | ')} |\n|${COLUMNS.map(() => ' --- ').join('|')}|`;
  return `# ${heading}\n\n${head}\n${rows.map((r) => `| ${cells(r).map(cell).join(' | ')} |`).join('\n')}\n`;
}

/** Both files, named after what was asked (`compare-troops-in-mexico.csv`). */
export function exportFiles(kind: string, subject: string, heading: string, rows: readonly ExportRow[]): ExportFile[] {
  const slug = `${kind}-${subject.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'export'}`;
  return [
    { name: `${slug}.csv`, contentType: 'text/csv', content: toCsv(rows) },
    { name: `${slug}.md`, contentType: 'text/markdown', content: toMarkdown(heading, rows) },
  ];
}
