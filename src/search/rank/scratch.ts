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
