// Runs bench/child.ts in a fresh process, the way `npm start` runs the bot (through tsx), and
// times it from spawn to its answer.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');
const CHILD = path.join(ROOT, 'bench/child.ts');

export interface ChildResult {
  /** Spawn to the JSON line arriving: process start-up included. */
  wall_ms: number;
  report: Record<string, unknown>;
}

export function runChild(args: readonly string[]): Promise<ChildResult> {
  const start = process.hrtime.bigint();
  const child = spawn(TSX, [CHILD, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  let stdout = '';
  let wallMs = 0;
  child.stdout.on('data', (d: Buffer) => {
    stdout += d.toString();
    if (!wallMs && stdout.includes('\n')) wallMs = Number(process.hrtime.bigint() - start) / 1e6;
  });
  return new Promise((resolve, reject) => {
    child.on('close', (code) => {
      if (code !== 0 || !wallMs) return reject(new Error(`bench child ${args[0]} failed (exit ${code})`));
      resolve({ wall_ms: Math.round(wallMs), report: JSON.parse(stdout.split('\n')[0]!) as Record<string, unknown> });
    });
  });
}
