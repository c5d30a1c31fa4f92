// The console chat as a person uses it: Ctrl-C ends it with code 130, and long answers wrap to the terminal.
import { PassThrough } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { allCommands } from '../../commands/index.ts';
import { runConsole } from '../../src/adapters/console/console.ts';
import type { CommandContext } from '../../src/core/command.ts';
import { createCore } from '../../src/core/create.ts';
import { CommandRouter } from '../../src/core/router.ts';
import { createLogger } from '../../src/log.ts';
import { SAMPLE_ARTICLES, suiteArticles, tempArticles } from '../helpers/articles.ts';
import { startEntry } from '../helpers/run.ts';

let ctx: CommandContext;
const router = new CommandRouter(allCommands());
const log = createLogger('silent', false, new PassThrough());
const dataDir = suiteArticles(SAMPLE_ARTICLES);

beforeAll(async () => {
  ctx = { core: await createCore({ dataDir }) };
});

function collect(stream: PassThrough): () => string {
  let text = '';
  stream.on('data', (d: Buffer) => (text += d.toString()));
  return () => text;
}

describe('the console chat', () => {
  it('ends with code 130 on Ctrl-C at the prompt', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    const seen = collect(output);
    const running = runConsole({ router, ctx, log, input, output, interactive: true });
    input.write('\x03');
    expect(await running).toBe(130);
    expect(seen()).toContain('coverage-bot');
  });

  it('ends with code 0 at the end of input', async () => {
    const input = new PassThrough();
    const running = runConsole({ router, ctx, log, input, output: new PassThrough(), interactive: false });
    input.end('/help\n');
    expect(await running).toBe(0);
  });

  it('wraps long answers to the width, keeping every word', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    const seen = collect(output);
    const running = runConsole({ router, ctx, log, input, output, interactive: false, width: 40 });
    input.end('/ask when will the ferry terminal open to passengers?\n');
    await running;
    const lines = seen().split('\n');
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(40);
    expect(seen().replace(/\s+/g, ' ')).toContain('the terminal should open to passengers within eighteen months');
    expect(lines.some((l) => /^ {3}\S/.test(l))).toBe(true); // an item continues under its text
  });

  it('makes npm start exit 130 when interrupted (SIGINT) while reading piped input', async () => {
    const running = startEntry('src/main.ts', [], { DATA_DIR: await tempArticles(SAMPLE_ARTICLES), LOG_LEVEL: 'info' });
    await running.waitForStderr('starting the console chat');
    running.child.kill('SIGINT');
    expect(await running.done).toEqual({ code: 130, signal: null });
  }, 60_000);
});
