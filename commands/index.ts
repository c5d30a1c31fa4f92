// Every command the bot has. Adapters build their command lists from this, never by hand.
import type { Command } from '../src/core/command.ts';
import { ask } from './ask.ts';
import { claims } from './claims.ts';
import { compare } from './compare.ts';
import { context } from './context.ts';
import { help } from './help.ts';
import { quote } from './quote.ts';
import { sources } from './sources.ts';
import { speakers } from './speakers.ts';

export function allCommands(): Command[] {
  return [ask, quote, compare, claims, speakers, sources, context, help];
}
