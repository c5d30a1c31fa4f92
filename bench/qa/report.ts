// Tables for `eval:qa`: hit@1 / hit@3 per style, the bot beside its peers, and the misses.
import type { QaItem } from './set.ts';

/** One question's outcome for each system (bot first), as the rank of the first gold passage. */
export interface Outcome {
  item: QaItem;
  ranks: (number | null)[];
  tops: string[][];
}

const styleOf = (item: QaItem): string => item.style ?? 'all';

export function table(systems: readonly string[], outcomes: readonly Outcome[]): string {
  const styles = [...new Set(outcomes.map((o) => styleOf(o.item)))];
  const groups: [string, Outcome[]][] = styles.map((s) => [s, outcomes.filter((o) => styleOf(o.item) === s)]);
  if (styles.length > 1) groups.push(['overall', [...outcomes]]);
  const head = `${'style'.padEnd(12)}${'n'.padStart(5)}${systems.map((s) => `${s} @1/@3`.padStart(22)).join('')}`;
  const rows = groups.map(([label, os]) => `${label.padEnd(12)}${String(os.length).padStart(5)}${systems.map((_, i) => cell(os, i)).join('')}`);
  return [head, ...rows].join('\n');
}

function cell(outcomes: readonly Outcome[], system: number): string {
  const share = (k: number) => outcomes.filter((o) => (o.ranks[system] ?? Infinity) <= k).length / (outcomes.length || 1);
  return `${(share(1) * 100).toFixed(1)} / ${(share(3) * 100).toFixed(1)}`.padStart(22);
}

/** Hit@1 and hit@3 as fractions, for one system. */
export function hits(outcomes: readonly Outcome[], system: number): { at1: number; at3: number } {
  const share = (k: number) => outcomes.filter((o) => (o.ranks[system] ?? Infinity) <= k).length / (outcomes.length || 1);
  return { at1: share(1), at3: share(3) };
}

export function misses(systems: readonly string[], outcomes: readonly Outcome[]): string {
  const lines: string[] = [];
  for (const o of outcomes.filter((x) => x.ranks[0] !== 1)) {
    const status = o.ranks.map((r, i) => `${systems[i]} ${r === null ? 'miss' : `@${r}`}`).join(', ');
    lines.push(`\n[${status}] ${o.item.q}\n  gold: ${o.item.gold.join(' ')}`);
    o.tops.forEach((top, i) => lines.push(`  ${systems[i]}: ${top.join(' ')}`));
  }
  return lines.join('\n');
}
