// Reusable score arrays for the first pass, sized to the index: flat typed arrays instead of maps,
// cleared through the lists of touched slots so a search costs what it matches, not the corpus size.

export class Scratch {
  total = new Float64Array(0);
  coverage = new Float32Array(0);
  private groupWeight = new Float32Array(0);
  private group = new Float64Array(0);
  private variant = new Float64Array(0);
  private all: number[] = [];
  private inGroup: number[] = [];
  private inVariant: number[] = [];

  reset(size: number): void {
    if (this.total.length < size) {
      this.total = new Float64Array(size);
      this.coverage = new Float32Array(size);
      this.groupWeight = new Float32Array(size);
      this.group = new Float64Array(size);
      this.variant = new Float64Array(size);
    } else {
      for (const d of this.all) {
        this.total[d] = 0;
        this.coverage[d] = 0;
      }
    }
    this.all = [];
  }

  addVariant(docId: number, score: number): void {
    if (this.variant[docId] === 0) this.inVariant.push(docId);
    this.variant[docId]! += score;
  }

  /** A group keeps, per passage, the best of its variants, and the weight of the best-weighted one. */
  closeVariant(weight: number): void {
    for (const d of this.inVariant) {
      const s = this.variant[d]!;
      if (this.group[d] === 0) this.inGroup.push(d);
      if (s > this.group[d]!) this.group[d] = s;
      if (weight > this.groupWeight[d]!) this.groupWeight[d] = weight;
      this.variant[d] = 0;
    }
    this.inVariant = [];
  }

  closeGroup(own: boolean): void {
    for (const d of this.inGroup) {
      if (this.total[d] === 0) this.all.push(d);
      this.total[d]! += this.group[d]!;
      // A word matched only through an expansion covers the question's word in part.
      if (own) this.coverage[d]! += this.groupWeight[d]!;
      this.group[d] = 0;
      this.groupWeight[d] = 0;
    }
    this.inGroup = [];
  }

  touched(): readonly number[] {
    return this.all;
  }
}
