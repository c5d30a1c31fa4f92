// Gives the whole test run one temp folder (TMPDIR, inherited by the test workers and the processes
// they start) and removes it at the end, so `npm test` leaves nothing in /tmp whatever a test forgets.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export default function setup(): () => void {
  const dir = mkdtempSync(path.join(tmpdir(), 'coverage-bot-test-run-'));
  process.env['TMPDIR'] = dir;
  return () => rmSync(dir, { recursive: true, force: true });
}
