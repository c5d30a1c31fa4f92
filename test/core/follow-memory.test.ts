// What a bot following its folder keeps once a change is served: the new core, not the old one
// beside it (at 1M passages an old quote book kept alive was ~250 MB of heap).
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it, vi } from 'vitest';
import { loadAndFollow } from '../../src/core/follow.ts';
import { createLogger } from '../../src/log.ts';
import { SAMPLE_ARTICLES, tempArticles } from '../helpers/articles.ts';
import { tempDir } from '../helpers/temp-dir.ts';

/** A full garbage collection, as the bench forces one (`bench/stats.ts`). */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

describe('following the folder', () => {
  it('lets the first core’s quote book go once a changed folder is served with its own book', async () => {
    const data = await tempArticles(SAMPLE_ARTICLES);
    const cache = await tempDir('cb-follow-cache-');
    const following = loadAndFollow({ dataDir: data, cacheDir: cache, log: createLogger('silent', false), eagerQuotes: true, saveAfterMs: 60_000 });
    await following.ready;
    await following.settled();
    const first = new WeakRef(following.core.quotes);
    await writeFile(path.join(data, 'museum.txt'), 'Museum reopens\n\n“We are proud of the new roof,” said Ada Brennan, the museum director.\n');
    await vi.waitFor(() => expect(following.core.articleOf('museum.txt')).toBeDefined(), { timeout: 10_000, interval: 20 });
    // The first book answers quote requests until the changed corpus's book is made (on a thread).
    await following.settled();
    await following.stop();
    await new Promise((resolve) => setImmediate(resolve));
    collectGarbage();
    expect(first.deref()).toBeUndefined();
    expect(following.core.quotes.speakers().map((s) => s.name)).toContain('Ada Brennan');
  });
});
