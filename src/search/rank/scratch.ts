// Reusable score arrays for the first pass, sized to the index: flat typed arrays instead of maps,
// cleared through the lists of touched slots so a search costs what it matches, not the corpus size.

export class Scratch {
  total = new Float64Array(0);
  coverage = new Float32Array(0);
  private groupWeight = new Float32Array(0);
  private group = new Float64Array(0);
  private variant = new Float64Array(0);
  private all = new Int32Array(0);
  private inGroup = new Int32Array(0);
  private inVariant = new Int32Array(0);
  private allCount = 0;
  private groupCount = 0;
  private variantCount = 0;

  reset(size: number): void {
    if (this.total.length < size) {
      this.total = new Float64Array(size);
      this.coverage = new Float32Array(size);
      this.groupWeight = new Float32Array(size);
      this.group = new Float64Array(size);
      this.variant = new Float64Array(size);
      this.all = new Int32Array(size);
      this.inGroup = new Int32Array(size);
      this.inVariant = new Int32Array(size);
    } else {
      for (let i = 0; i < this.allCount; i++) {
        const d = this.all[i]!;
        this.total[d] = 0;
        this.coverage[d] = 0;
      }
    }
    this.allCount = 0;
  }

  addVariant(docId: number, score: number): void {
    if (this.variant[docId] === 0) this.inVariant[this.variantCount++] = docId;
    this.variant[docId]! += score;
  }

  /**
   * BM25 of one field's postings of a term into the open variant: `scale · (d + tf·(k+1) / (tf + norm))`
   * per passage. The loop the first pass spends its time in, so written with its arrays in locals.
   */
  addPostings(docs: Uint32Array, tfs: Uint16Array, norm: Float32Array, scale: number, k: number, d: number): void {
    const { variant, inVariant } = this;
    let count = this.variantCount;
    for (let i = 0; i < docs.length; i++) {
      const doc = docs[i]!;
      const tf = tfs[i]!;
      if (variant[doc] === 0) inVariant[count++] = doc;
      variant[doc]! += scale * (d + (tf * (k + 1)) / (tf + norm[doc]!));
    }
    this.variantCount = count;
  }

  /** `addPostings` for the passages in `matched` only, each found in the sorted `docs` by binary search. */
  addMatchedPostings(docs: Uint32Array, tfs: Uint16Array, norm: Float32Array, scale: number, k: number, d: number, matched: Int32Array): void {
    for (let m = 0; m < matched.length; m++) {
      const doc = matched[m]!;
      const i = indexOf(docs, doc);
      if (i < 0) continue;
      const tf = tfs[i]!;
      this.addVariant(doc, scale * (d + (tf * (k + 1)) / (tf + norm[doc]!)));
    }
  }

  /** A group keeps, per passage, the best of its variants, and the weight of the best-weighted one. */
  closeVariant(weight: number): void {
    for (let i = 0; i < this.variantCount; i++) {
      const d = this.inVariant[i]!;
      const s = this.variant[d]!;
      if (this.group[d] === 0) this.inGroup[this.groupCount++] = d;
      if (s > this.group[d]!) this.group[d] = s;
      if (weight > this.groupWeight[d]!) this.groupWeight[d] = weight;
      this.variant[d] = 0;
    }
    this.variantCount = 0;
  }

  closeGroup(): void {
    for (let i = 0; i < this.groupCount; i++) {
      const d = this.inGroup[i]!;
      if (this.total[d] === 0) this.all[this.allCount++] = d;
      this.total[d]! += this.group[d]!;
      // A word matched only through an expansion covers the question's word in part.
      this.coverage[d]! += this.groupWeight[d]!;
      this.group[d] = 0;
      this.groupWeight[d] = 0;
    }
    this.groupCount = 0;
  }

  touched(): Int32Array {
    return this.all.subarray(0, this.allCount);
  }
}

/** Position of `doc` in sorted `docs`, or -1. */
function indexOf(docs: Uint32Array, doc: number): number {
  let lo = 0;
  let hi = docs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = docs[mid]!;
    if (v === doc) return mid;
    if (v < doc) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
