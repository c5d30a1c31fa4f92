// /help: what each command does and how to type it.
import { z } from 'zod';
import { defineCommand } from '../src/core/command.ts';
import { infoReply } from '../src/reply/model.ts';
import { allCommands } from './index.ts';

export const help = defineCommand({
  name: 'help',
  description: 'How to use the bot',
  usage: '/help',
  schema: z.object({}),
  reads: 'search',
  run() {
    return infoReply(
      'coverage-bot answers from the articles it has loaded, quoting them word for word with file:line.',
      allCommands().map((c) => `${c.usage}: ${c.description}`),
      [
        'Add "private" (first word) or --private to any command to get an answer only you can see.',
        'Example: /ask who launched the clandestine CIA program?',
      ],
    );
  },
});
