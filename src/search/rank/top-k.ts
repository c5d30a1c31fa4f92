// The k best items by score, best first, without sorting everything (a small min-heap).

export function topK(items: ArrayLike<number> & Iterable<number>, score: (item: number) => number, k: number): [number, number][] {
  const heap: [number, number][] = [];
  for (const item of items) {
    const s = score(item);
    if (heap.length < k) {
      heap.push([item, s]);
      siftUp(heap, heap.length - 1);
    } else if (s > heap[0]![1]) {
      heap[0] = [item, s];
      siftDown(heap, 0);
    }
  }
  return heap.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
}

function siftUp(heap: [number, number][], i: number): void {
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (heap[parent]![1] <= heap[i]![1]) return;
    [heap[parent], heap[i]] = [heap[i]!, heap[parent]!];
    i = parent;
  }
}

function siftDown(heap: [number, number][], i: number): void {
  for (;;) {
    const l = 2 * i + 1;
    const r = l + 1;
    let m = i;
    if (l < heap.length && heap[l]![1] < heap[m]![1]) m = l;
    if (r < heap.length && heap[r]![1] < heap[m]![1]) m = r;
    if (m === i) return;
    [heap[m], heap[i]] = [heap[i]!, heap[m]!];
    i = m;
  }
}
