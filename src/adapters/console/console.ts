// The console chat: a prompt on a terminal, or line-by-line stdin when piped; exits at end of input
// (code 0) or on Ctrl-C (code 130, as a shell reports an interrupted program).
import { createInterface } from 'node:readline';
import { renderText } from '../../reply/text.ts';
import { runGuarded } from '../../core/failure.ts';
import type { PlatformDeps } from '../platform.ts';
import { INTERRUPTED_EXIT_CODE } from '../../lifecycle.ts';
import { wrapLines } from './wrap.ts';

export interface ConsoleOptions extends PlatformDeps {
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
  interactive?: boolean;
  /** Columns to wrap answers to (default: the terminal's width; none when piped). */
  width?: number;
}

/** Resolves with the exit code: 0 at the end of input or /quit, 130 on Ctrl-C. */
export async function runConsole(opts: ConsoleOptions): Promise<number> {
  const input = opts.input ?? process.stdin;
  const output = opts.output ?? process.stdout;
  const interactive = opts.interactive ?? (process.stdin.isTTY === true && process.stdout.isTTY === true);
  const width = opts.width ?? (interactive ? (output as { columns?: number }).columns : undefined);
  const rl = createInterface({ input, output: interactive ? output : undefined, terminal: interactive });
  let code = 0;
  // On a terminal Ctrl-C reaches readline as a key, not as a signal.
  rl.on('SIGINT', () => {
    code = INTERRUPTED_EXIT_CODE;
    rl.close();
  });
  const write = (s: string) => output.write(`${width ? wrapLines(s, width) : s}\n`);
  if (interactive) {
    write('coverage-bot: ask about the loaded coverage. Try /ask who launched the clandestine CIA program?  (/help, /quit)');
    rl.setPrompt('> ');
    rl.prompt();
  }
  for await (const raw of rl) {
    const line = raw.trim();
    if (line === '/quit' || line === '/exit') break;
    if (line !== '') write(`${await answer(line, opts, interactive)}\n`);
    if (interactive) rl.prompt();
  }
  rl.close();
  return code;
}

async function answer(line: string, { router, ctx, log }: ConsoleOptions, color: boolean): Promise<string> {
  // Plain text without a slash is a question: newcomers type questions, not commands.
  const typed = line.startsWith('/') ? line : `/ask ${line}`;
  let shown = '';
  await runGuarded(log, { platform: 'console', line }, async () => {
    shown = renderText((await router.runLine(typed, ctx)).reply, { color });
  }, async (reply) => void (shown = renderText(reply, { color })));
  return shown;
}
