// The CLI's output and input: stdout written so that nothing is lost when the process exits
// before a slow reader has taken it, and stdin read one input a line, blank lines included.
import { createInterface } from 'node:readline';

/**
 * Writes to stdout and resolves once the text is handed to the OS. A pipe whose reader is slow
 * (`| (sleep 1; wc -c)`) fills after 64 KiB; what is queued past that is lost if the process exits.
 */
export function writeOut(text: string): Promise<void> {
  return new Promise((resolve, reject) => process.stdout.write(text, (err) => (err ? reject(err) : resolve())));
}

/** Every line of stdin, blank ones too: output line N must answer input line N. */
export async function stdinLines(): Promise<string[]> {
  const lines: string[] = [];
  for await (const line of createInterface({ input: process.stdin })) lines.push(line.trim());
  return lines;
}
