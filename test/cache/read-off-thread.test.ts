// Cache files read on a worker thread: the same bytes and checksum as on the main thread, and a
// missing file fails as a read would, so the caller can tell "not saved yet" from a damaged file.
import { createHash } from 'node:crypto';
import { readFile, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCacheFile } from '../../src/cache/read-off-thread.ts';
import { tempDir } from '../helpers/temp-dir.ts';

const folder = (): Promise<string> => tempDir('cb-read-');

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

  it('hashes a file again once it was edited, even after a matching check was noted beside it', async () => {
    const file = path.join(await folder(), 'index.bin');
    const payload = 'Sheinbaum said the talks would go on.\n'.repeat(40);
    const digest = createHash('sha256').update(payload).digest('hex');
    await writeFile(file, `coverage-bot cache\tsearch index\tkey\tsha256:${digest}\n${payload}`);
    for (const offThread of [0, Infinity]) {
      expect((await readCacheFile(file, offThread, 0)).payloadSha256).toBe(digest);
      expect(await readFile(`${file}.checked`, 'latin1')).toContain(digest);
      // Read back unchanged: the same bytes and the checksum as checked.
      const again = await readCacheFile(file, offThread, 0);
      expect([again.payloadSha256, again.bytes.toString('utf8').endsWith(payload)]).toEqual([digest, true]);
    }
    // One letter changed in place, same length, its modification time set back to an old date.
    const edited = (await readFile(file, 'utf8')).replace('talks', 'tasks');
    await writeFile(file, edited);
    await utimes(file, new Date(2001, 0, 1), new Date(2001, 0, 1));
    const expected = createHash('sha256').update(payload.replace('talks', 'tasks')).digest('hex');
    for (const offThread of [0, Infinity]) expect((await readCacheFile(file, offThread, 0)).payloadSha256).toBe(expected);
  });
});
