// Autocomplete lists by name (`.meta({ autocomplete: 'speakers' })` on a command option), answered
// from memory: Discord gives 3 s and autocomplete cannot be deferred.
import type { ApplicationCommandOptionChoiceData } from 'discord.js';
import type { Core } from '../../core/core.ts';
import { fold } from '../../quotes/fold.ts';
import type { Speaker } from '../../quotes/types.ts';
import { clampText } from './clamp.ts';
import { LIMITS } from './limits.ts';

export type Choice = ApplicationCommandOptionChoiceData<string>;
type Source = (core: Core, typed: string) => Choice[];

const SOURCES: Record<string, Source> = { speakers: speakerChoices };

/** Choices for the list `source`, narrowed by what the user has typed; empty for an unknown list. */
export function autocompleteChoices(source: string, core: Core, typed: string): Choice[] {
  return (SOURCES[source]?.(core, typed) ?? []).slice(0, LIMITS.autocompleteChoices);
}

/** Speakers whose name or alias contains the typed text (prefix matches first), with quote counts. */
export function speakerChoices(core: Core, typed: string): Choice[] {
  const q = fold(typed.trim());
  const all = core.quotes.speakers();
  const names = new Map(all.map((s) => [s, [s.name, ...s.aliases].map(fold)]));
  let picked = q === '' ? all : all.filter((s) => names.get(s)!.some((n) => n.includes(q)));
  if (q !== '') picked = [...picked].sort((a, b) => Number(startsWord(names.get(b)!, q)) - Number(startsWord(names.get(a)!, q)));
  // Nothing contains it (a typo): fall back to the quote book's own nearest names.
  if (picked.length === 0 && q !== '') picked = core.quotes.suggest(typed, LIMITS.autocompleteChoices).flatMap((n) => core.quotes.findSpeaker(n) ?? []);
  return picked.slice(0, LIMITS.autocompleteChoices).map(speakerChoice);
}

function speakerChoice(s: Speaker): Choice {
  const count = `(${s.quotes} quote${s.quotes === 1 ? '' : 's'})`;
  return {
    name: `${clampText(s.name, LIMITS.choiceName - count.length - 1)} ${count}`,
    value: clampText(s.name, LIMITS.choiceValue),
  };
}

function startsWord(names: readonly string[], q: string): boolean {
  return names.some((n) => n.startsWith(q) || n.includes(` ${q}`));
}
