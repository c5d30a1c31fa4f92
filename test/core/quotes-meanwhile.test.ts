// A bot with platforms connected keeps answering /quote while a live change's quote book is remade
// on a thread: the previous book answers meanwhile (leaving out files the change rewrote), then the
// new one finds the added file's quotes.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { allCommands } from '../../commands/index.ts';
import { loadAndFollow } from '../../src/core/follow.ts';
import { CommandRouter } from '../../src/core/router.ts';
import { createLogger } from '../../src/log.ts';
import type { Reply } from '../../src/reply/model.ts';
import { tempArticles } from '../helpers/articles.ts';
import { tempDir } from '../helpers/temp-dir.ts';

const router = new CommandRouter(allCommands());

const ARTICLES = {
  'harbour.txt': 'Harbour approves ferry terminal\n\n“The terminal will change the western pier for good,” said Ines Varga, the harbour director.\n',
  'library.txt': 'Library extends its hours\n\n“Students asked for this and we listened to them,” said Tom Reyes, the head librarian.\n',
};

/**
 * Runs `onUpdated` the moment a change is served, and counts the turns of the event loop from then on:
 * the turn of the last change served and of the last quote book remade.
 */
function watchingLog(onUpdated: () => void) {
  const seen = { updatedAt: -1, remadeAt: -1, turns: 0, counting: false };
  const count = () => {
    if (!seen.counting) return;
    seen.turns++;
    setImmediate(count);
  };
  const log = createLogger('info', false, {
    write(line: string) {
      const { msg } = JSON.parse(line) as { msg: string };
      if (msg === 'quote book remade') seen.remadeAt = seen.turns;
      if (msg !== 'articles updated') return;
      seen.updatedAt = seen.turns;
      if (!seen.counting) setImmediate(count);
      seen.counting = true;
      onUpdated();
    },
  });
  return { log, seen };
}

describe('the quote book after a live change', () => {
  it('answers /quote from the previous book while the new one is made, then from the new one', async () => {
    const data = await tempArticles(ARTICLES);
    const cache = await tempDir('cb-meanwhile-cache-');
    const during: { varga?: Promise<Reply>; reyes?: string[]; brennan?: unknown } = {};
    const { log, seen } = watchingLog(() => {
      const { core } = following;
      // The moment the changed core is served: its quote book is still being made.
      during.brennan = core.quotes.findSpeaker('Ada Brennan');
      during.reyes = core.quotes.quotesBy('Tom Reyes').map((q) => q.text);
      during.varga = router.run('quote', { speaker: 'Ines Varga' }, { core });
    });
    const following = loadAndFollow({ dataDir: data, cacheDir: cache, log, eagerQuotes: true, saveAfterMs: 60_000 });
    await following.ready;
    await following.core.quotes.prepare?.();
    await following.settled();
    expect(following.core.quotes.quotesBy('Tom Reyes').map((q) => q.source)).toEqual(['library.txt']);

    await writeFile(path.join(data, 'library.txt'), 'Library extends its hours\n\nThe library will stay open until ten at night.\n');
    await writeFile(path.join(data, 'museum.txt'), 'Museum reopens\n\n“We are proud of the new roof and of our staff,” said Ada Brennan, the museum director.\n');
    await vi.waitFor(() => {
      expect(following.core.articleOf('museum.txt')).toBeDefined();
      expect(seen.remadeAt).toBeGreaterThan(seen.updatedAt);
    }, { timeout: 10_000, interval: 20 });
    await following.settled();
    await following.stop();
    seen.counting = false;

    // Served before the new book was in, and the main thread ran other work while it was made.
    expect(during.brennan).toBeNull();
    expect(seen.remadeAt).toBeGreaterThan(seen.updatedAt);
    // The previous book does not quote the rewritten file; what it says of the unchanged one is right.
    expect(during.reyes).toEqual([]);
    const varga = await during.varga!;
    expect(varga.items.map((i) => [i.citation.source, i.speaker, i.excerpt.map((s) => s.text).join('').includes('western pier')])).toEqual([['harbour.txt', 'Ines Varga', true]]);
    // Once the new book is in: the added file's quote, under its speaker.
    const brennan = following.core.quotes.quotesBy('Ada Brennan');
    expect(brennan.map((q) => [q.source, q.speaker])).toEqual([['museum.txt', 'Ada Brennan']]);
    expect(following.core.quotes.findSpeaker('Tom Reyes')).toBeNull();
  });
});
