// Work on the main thread of a serving bot, cut into slices of ~50 ms with waiting work (answers,
// timers, I/O) let run between them: used by what a live change makes while the bot answers
// (the quote book's keys and texts, the corpus's content hash).

/** How long the main thread works before letting waiting work run. */
const SLICE_MS = 50;

/**
 * Takes items from `items` (whose `next` may itself do the work) into batches of ~`SLICE_MS` each,
 * `send`s each batch, and lets waiting work run between.
 */
export async function inSlices<T>(items: Iterator<T>, send: (batch: T[]) => void): Promise<void> {
  for (let done = false; !done; ) {
    const batch: T[] = [];
    const since = performance.now();
    while (performance.now() - since < SLICE_MS) {
      const item = items.next();
      if ((done = item.done === true)) break;
      batch.push(item.value);
    }
    if (batch.length > 0) send(batch);
    await new Promise((resolve) => setImmediate(resolve));
  }
}
