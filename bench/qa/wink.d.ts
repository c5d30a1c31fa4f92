// Types for the two winkjs packages the BM25 peer uses (they ship none).
declare module 'wink-bm25-text-search' {
  // Each task takes what the previous one gave: a string first, then tokens.
  type Prep = ((input: string) => string | string[]) | ((input: string[]) => string[]);
  interface Bm25 {
    defineConfig(config: { fldWeights: Record<string, number>; bm25Params?: { k1?: number; b?: number; k?: number } }): boolean;
    definePrepTasks(tasks: Prep[], field?: string): number;
    addDoc(doc: Record<string, string>, id: number | string): number;
    consolidate(fp?: number): boolean;
    search(text: string, limit?: number): [string, number][];
  }
  const bm25: () => Bm25;
  export default bm25;
}

declare module 'wink-nlp-utils' {
  const nlp: {
    string: { lowerCase(s: string): string; tokenize0(s: string): string[]; removeExtraSpaces(s: string): string };
    tokens: { removeWords(t: string[]): string[]; stem(t: string[]): string[]; propagateNegations(t: string[]): string[] };
  };
  export default nlp;
}
