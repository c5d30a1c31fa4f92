// Cache files read on a worker thread: the same bytes and checksum as on the main thread, and a
// missing file fails as a read would, so the caller can tell "not saved yet" from a damaged file.
import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readCacheFile } from '../../src/cache/read-off-thread.ts';

const made: string[] = [];
afterEach(async () => {
  for (const dir of made.splice(0)) await rm(dir, { recursive: true, force: true });
});

async function folder(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'cb-read-'));
  made.push(dir);
  return dir;
}

describe('reading a cache file off the main thread', () => {
  it('gives the same bytes and the SHA-256 of what follows the first line', async () => {
    const file = path.join(await folder(), 'corpus.bin');
    const payload = 'Rodríguez said the €5 fee stays. 北京 agreed 👍.\n'.repeat(50);
    await writeFile(file, `coverage-bot cache\tcorpus\tkey\n${payload}`);
    const [worker, main] = [await readCacheFile(file, 0), await readCacheFile(file, Infinity)];
    expect(worker.bytes.equals(main.bytes)).toBe(true);
    expect(worker.bytes.toString('utf8')).toContain('北京 agreed 👍.');
    const expected = createHash('sha256').update(payload).digest('hex');
    expect([worker.payloadSha256, main.payloadSha256]).toEqual([expected, expected]);
  });

  it('fails with the file system code when the file is missing', async () => {
    const file = path.join(await folder(), 'never-saved.bin');
    await expect(readCacheFile(file, 0)).rejects.toMatchObject({ code: 'ENOENT' });
    await expect(readCacheFile(file, Infinity)).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
