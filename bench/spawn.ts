// Runs the bench's child scripts, and the bot itself, in fresh processes the way `npm start` runs
// the bot (node with tsx's loader), and times them from spawn to their answer.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** How `npm start` runs TypeScript: node with tsx's loader, one process. */
const NODE_TSX = [process.execPath, '--import', 'tsx'] as const;

export interface ChildResult {
  /** Spawn to the JSON line arriving: process start-up included. */
  wall_ms: number;
  report: Record<string, unknown>;
}

/** Runs `bench/<script>` and reads the one JSON line it prints. */
export function runChild(script: 'child.ts' | 'cold.ts' | 'store-replica.ts', args: readonly string[]): Promise<ChildResult> {
  const start = process.hrtime.bigint();
  const child = spawn(NODE_TSX[0], [...NODE_TSX.slice(1), path.join(ROOT, 'bench', script), ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  let stdout = '';
  let wallMs = 0;
  child.stdout.on('data', (d: Buffer) => {
    stdout += d.toString();
    if (!wallMs && stdout.includes('\n')) wallMs = sinceMs(start);
  });
  return new Promise((resolve, reject) => {
    child.on('close', (code) => {
      if (code !== 0 || !wallMs) return reject(new Error(`bench ${script} ${args[0]} failed (exit ${code})`));
      resolve({ wall_ms: Math.round(wallMs), report: JSON.parse(stdout.split('\n')[0]!) as Record<string, unknown> });
    });
  });
}

/**
 * Starts the bot as `npm start` does (`node --import tsx src/main.ts`, console chat, no platform credentials),
 * types one /ask, and returns the time from spawn until its first citation is printed.
 */
export function timeBotStart(dataDir: string, cacheDir: string, question: string): Promise<number> {
  const start = process.hrtime.bigint();
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, DATA_DIR: dataDir, CACHE_DIR: cacheDir, LOG_LEVEL: 'warn' };
  const child = spawn(NODE_TSX[0], [...NODE_TSX.slice(1), path.join(ROOT, 'src/main.ts')], { cwd: ROOT, env, stdio: ['pipe', 'pipe', 'inherit'] });
  let stdout = '';
  let answeredMs = 0;
  child.stdout.on('data', (d: Buffer) => {
    stdout += d.toString();
    if (!answeredMs && /\S+\.\w+:\d+/.test(stdout)) answeredMs = sinceMs(start);
  });
  child.stdin.end(`/ask ${question}\n`);
  return new Promise((resolve, reject) => {
    child.on('close', (code) => (answeredMs ? resolve(Math.round(answeredMs)) : reject(new Error(`npm start gave no cited answer (exit ${code})`))));
  });
}

function sinceMs(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}
