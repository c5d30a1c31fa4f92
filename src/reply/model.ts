// The platform-neutral reply: what a command answers, before any platform shapes it.
// Renderers (console, Discord, Slack, CLI text) turn this into their own format.

import type { MatchedTerm, Span } from '../text/spans.ts';
import type { CommandAction } from './actions.ts';

export type { MatchedTerm, Span };

/** Where an excerpt comes from, as `source:line`, with what is known of its article. */
export interface Citation {
  source: string;
  line: number;
  title: string;
  heading: string | null;
  outlet: string | null;
  url: string | null;
  /** Publication date (`YYYY-MM-DD` when it could be read), or null. */
  date: string | null;
}

export interface ReplyItem {
  /** Verbatim text of the cited passage, trimmed only with `…`; spans concatenate to the plain excerpt. */
  excerpt: Span[];
  citation: Citation;
  /** Further places the same text appears (a quote reported in several articles). */
  also?: Citation[];
  /** Who said it, for quotes. */
  speaker?: string | null;
  /** Why it matched. */
  matched?: MatchedTerm[];
  /** One plain line about this item shown with it (`first reported by Reuters, 2025-03-04`, `deaths, a year: 80,000`). */
  note?: string;
}

/**
 * The state needed to show another page of the same answer. A command that pages takes an
 * optional 1-based `page` argument: an adapter shows page k by running
 * `router.run(state.command, { ...state.args, page: k })`.
 */
export interface PageState {
  command: string;
  /** The command's arguments as given (validated again when the page is asked for). */
  args: Record<string, string | number | boolean>;
  /** 0-based index of the page shown. */
  index: number;
  count: number;
}

export interface Reply {
  /** `results`: items answer the request; `info`: a plain answer (help, lists); `error`: the request could not be served. */
  kind: 'results' | 'info' | 'error';
  /** One line that heads the reply (`Results for "…"`). */
  title: string;
  /** Plain text lines shown before the items. */
  lines: string[];
  items: ReplyItem[];
  /** Plain text lines shown after the items (suggestions, "3 more"). */
  notes: string[];
  page?: PageState;
  /**
   * Buttons the command adds beside the standard ones (paging from `page`, Context per cited
   * passage, Share on a private reply: see replyActions in ./actions.ts).
   */
  actions?: CommandAction[];
  /**
   * The answer as data for scripts: what the CLI's --json prints (shapes documented in the README).
   * Absent: the CLI prints a generic form of the reply (src/cli/json.ts).
   */
  data?: unknown;
  /**
   * `columns`: the items are one topic seen side by side (one per article or outlet); Discord shows
   * them as fields of one embed. Default: one after the other.
   */
  layout?: 'list' | 'columns';
  /** Files the answer comes with (an export): Discord attaches them, Slack uploads them, the CLI prints one with --format. */
  files?: ReplyFile[];
}

/** A file attached to a reply. */
export interface ReplyFile {
  name: string;
  contentType: string;
  content: string;
}

export const excerptText = (spans: readonly Span[]): string => spans.map((s) => s.text).join('');

export const citationLabel = (c: Pick<Citation, 'source' | 'line'>): string => `${c.source}:${c.line}`;

export function infoReply(title: string, lines: string[] = [], notes: string[] = []): Reply {
  return { kind: 'info', title, lines, items: [], notes };
}

export function errorReply(title: string, notes: string[] = []): Reply {
  return { kind: 'error', title, lines: [], items: [], notes };
}
