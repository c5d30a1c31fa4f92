// The k best items by score, best first, without sorting everything: a min-heap in two typed
// arrays (no object per item, since a common word touches most of a large corpus).

export function topK(items: ArrayLike<number>, score: (item: number) => number, k: number): [number, number][] {
  const ids = new Int32Array(k);
  const scores = new Float64Array(k);
  let size = 0;
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    const s = score(item);
    if (size < k) {
      ids[size] = item;
      scores[size] = s;
      up(ids, scores, size++);
    } else if (s > scores[0]!) {
      ids[0] = item;
      scores[0] = s;
      down(ids, scores, 0, size);
    }
  }
  const out: [number, number][] = [];
  for (let i = 0; i < size; i++) out.push([ids[i]!, scores[i]!]);
  return out.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
}

function swap(ids: Int32Array, scores: Float64Array, a: number, b: number): void {
  [ids[a], ids[b]] = [ids[b]!, ids[a]!];
  [scores[a], scores[b]] = [scores[b]!, scores[a]!];
}

function up(ids: Int32Array, scores: Float64Array, i: number): void {
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (scores[parent]! <= scores[i]!) return;
    swap(ids, scores, parent, i);
    i = parent;
  }
}

function down(ids: Int32Array, scores: Float64Array, i: number, size: number): void {
  for (;;) {
    const l = 2 * i + 1;
    const r = l + 1;
    let m = i;
    if (l < size && scores[l]! < scores[m]!) m = l;
    if (r < size && scores[r]! < scores[m]!) m = r;
    if (m === i) return;
    swap(ids, scores, m, i);
    i = m;
  }
}
