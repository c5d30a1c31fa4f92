// BM25's inverse document frequency: how much a word found in `df` of `n` passages tells them apart.
export function idf(n: number, df: number): number {
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}
