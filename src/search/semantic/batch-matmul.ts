// A faster batched matrix product for the sentence encoder's attention, on TensorFlow.js's wasm
// backend. That backend multiplies a batch of matrices (the model's 4 attention heads × each text:
// [texts, 4, tokens, 64] · [texts, 4, tokens, 64]ᵀ) with a plain scalar loop, ~10× slower a
// multiply than its XNNPACK products: a fifth of the encoder's time on 3% of its arithmetic. This
// module is a small WebAssembly SIMD kernel, assembled here from its instructions (no toolchain, no
// download), that does those two products (A·Bᵀ and A·B, rows a multiple of 4 floats) and leaves
// every other case to the backend's own kernel. Same sums in another order: vectors equal to ~1e-7.
const MAGIC = [0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00];
const I32 = 0x7f;
const V128 = 0x7b;

/** Unsigned and signed LEB128, as the format writes its numbers. */
function uleb(n: number): number[] {
  const out: number[] = [];
  do {
    let byte = n & 0x7f;
    n >>>= 7;
    if (n !== 0) byte |= 0x80;
    out.push(byte);
  } while (n !== 0);
  return out;
}
function sleb(n: number): number[] {
  const out: number[] = [];
  for (;;) {
    const byte = n & 0x7f;
    n >>= 7;
    if ((n === 0 && (byte & 0x40) === 0) || (n === -1 && (byte & 0x40) !== 0)) return [...out, byte];
    out.push(byte | 0x80);
  }
}
const vec = (items: number[][]) => [...uleb(items.length), ...items.flat()];
const section = (id: number, body: number[]) => [id, ...uleb(body.length), ...body];

// The instructions used (core and SIMD opcodes of the WebAssembly specification).
const get = (i: number) => [0x20, i];
const set = (i: number) => [0x21, i];
const tee = (i: number) => [0x22, i];
const i32 = (n: number) => [0x41, ...sleb(n)];
const [ADD, MUL, LT_U] = [[0x6a], [0x6c], [0x49]];
const loop = (...body: number[][]) => [0x03, 0x40, ...body.flat(), 0x0b];
const brIf = [0x0d, 0];
const F32_LOAD = [0x2a, 2, 0];
const F32_STORE = [0x38, 2, 0];
const F32_ADD = [0x92];
const simd = (op: number, ...rest: number[]) => [0xfd, ...uleb(op), ...rest];
const V_LOAD = simd(0x00, 4, 0);
const V_STORE = simd(0x0b, 4, 0);
const V_ZERO = simd(0x0c, ...new Array<number>(16).fill(0));
const SPLAT = simd(0x13);
const LANE = (l: number) => simd(0x1f, l);
const [V_ADD, V_MUL] = [simd(0xe4), simd(0xe6)];
/** `local += step; br_if local < limit` (the tail of a do-while loop). */
const next = (local: number, step: number[], limit: number[]) => [...get(local), ...step, ...ADD, ...tee(local), ...limit, ...LT_U, ...brIf];

/**
 * nt(a, b, c, m, n, kBytes): C (m×n) = A (m×k) · Bᵀ, B n×k, all row-major, addresses in bytes.
 * Locals: i 6, j 7, x 8, aRow 9, bRow 10, cAt 11, acc 12 (v128).
 */
const NT = [
  ...get(2), ...set(11),
  ...loop(
    get(0), get(6), get(5), MUL, ADD, set(9), i32(0), set(7),
    loop(
      get(1), get(7), get(5), MUL, ADD, set(10), V_ZERO, set(12), i32(0), set(8),
      loop(get(12), get(9), get(8), ADD, V_LOAD, get(10), get(8), ADD, V_LOAD, V_MUL, V_ADD, set(12), next(8, i32(16), get(5))),
      get(11), get(12), LANE(0), get(12), LANE(1), F32_ADD, get(12), LANE(2), get(12), LANE(3), F32_ADD, F32_ADD, F32_STORE,
      get(11), i32(4), ADD, set(11),
      next(7, i32(1), get(4)),
    ),
    next(6, i32(1), get(3)),
  ),
];

/**
 * nn(a, b, c, m, nBytes, k): C (m×n) = A (m×k) · B (k×n), all row-major, addresses in bytes.
 * Locals: i 6, j 7, x 8, aRow 9, bAt 10, cRow 11, acc 12 (v128).
 */
const NN = [
  ...get(2), ...set(11),
  ...loop(
    get(0), get(6), get(5), MUL, i32(2), [0x74], ADD, set(9), i32(0), set(7),
    loop(
      V_ZERO, set(12), i32(0), set(8), get(1), get(7), ADD, set(10),
      loop(get(12), get(9), get(8), i32(2), [0x74], ADD, F32_LOAD, SPLAT, get(10), V_LOAD, V_MUL, V_ADD, set(12), get(10), get(4), ADD, set(10), next(8, i32(1), get(5))),
      get(11), get(7), ADD, get(12), V_STORE,
      next(7, i32(16), get(4)),
    ),
    get(11), get(4), ADD, set(11),
    next(6, i32(1), get(3)),
  ),
];

/** An export: its name, its kind (0 a function, 2 a memory) and its index. */
const exportOf = (name: string, kind: number, index: number) => [...uleb(name.length), ...Buffer.from(name, 'latin1'), kind, index];

function assemble(): Uint8Array<ArrayBuffer> {
  const body = (code: number[]) => {
    const locals = vec([[6, I32], [1, V128]]);
    const fn = [...locals, ...code, 0x0b];
    return [...uleb(fn.length), ...fn];
  };
  return Uint8Array.from([
    ...MAGIC,
    ...section(1, vec([[0x60, ...vec([[I32], [I32], [I32], [I32], [I32], [I32]]), 0]])),
    ...section(3, vec([[0], [0]])),
    ...section(5, vec([[0x00, 1]])),
    ...section(7, vec([exportOf('mem', 2, 0), exportOf('nt', 0, 0), exportOf('nn', 0, 1)])),
    ...section(10, vec([body(NT), body(NN)])),
  ]);
}

interface Kernel {
  memory: WebAssembly.Memory;
  nt: (a: number, b: number, c: number, m: number, n: number, kBytes: number) => void;
  nn: (a: number, b: number, c: number, m: number, nBytes: number, k: number) => void;
}

let kernel: Kernel | undefined;
export function simdKernel(): Kernel {
  if (kernel) return kernel;
  const instance = new WebAssembly.Instance(new WebAssembly.Module(assemble()));
  const e = instance.exports as unknown as Kernel & { mem: WebAssembly.Memory };
  kernel = { memory: e.mem, nt: e.nt, nn: e.nn };
  return kernel;
}

/**
 * C = A · B (or A · Bᵀ with `transposeB`) for each of `batch` pairs of row-major matrices laid end
 * to end: A batch×m×k, B batch×k×n (batch×n×k transposed), into `out` (batch×m×n). The rows
 * multiplied must hold a multiple of 4 floats: k with `transposeB`, n without.
 */
export function batchMatMul(a: Float32Array, b: Float32Array, out: Float32Array, batch: number, m: number, k: number, n: number, transposeB: boolean): void {
  const { memory, nt, nn } = simdKernel();
  const bytes = (a.length + b.length + out.length) * 4;
  if (memory.buffer.byteLength < bytes) memory.grow(Math.ceil((bytes - memory.buffer.byteLength) / 65536));
  const heap = new Float32Array(memory.buffer);
  heap.set(a, 0);
  heap.set(b, a.length);
  const [aAt, bAt, cAt] = [0, a.length * 4, (a.length + b.length) * 4];
  for (let p = 0; p < batch; p++) {
    const pa = aAt + p * m * k * 4;
    const pb = bAt + p * k * n * 4;
    const pc = cAt + p * m * n * 4;
    if (transposeB) nt(pa, pb, pc, m, n, k * 4);
    else nn(pa, pb, pc, m, n * 4, k);
  }
  out.set(heap.subarray(a.length + b.length, a.length + b.length + out.length));
}

/** The parts of TensorFlow.js and its wasm backend that the override uses. */
interface TensorInfo {
  dataId: object;
  shape: number[];
  dtype: string;
}
interface WasmBackend {
  typedArrayFromHeap(t: TensorInfo): Float32Array;
  makeOutput(shape: number[], dtype: 'float32'): TensorInfo;
}
interface KernelArgs {
  inputs: { a: TensorInfo; b: TensorInfo };
  backend: WasmBackend;
  attrs: { transposeA: boolean; transposeB: boolean };
}
interface KernelConfig {
  kernelName: string;
  backendName: string;
  kernelFunc: (args: KernelArgs) => TensorInfo;
  setupFunc?: unknown;
}
export interface KernelRegistry {
  getKernel(name: string, backend: string): KernelConfig | undefined;
  unregisterKernel(name: string, backend: string): void;
  registerKernel(config: KernelConfig): void;
}

/** The kernels this module put in place (a second install in the same thread leaves them). */
const installed = new WeakSet<KernelConfig['kernelFunc']>();

/**
 * Puts `batchMatMul` in front of the wasm backend's BatchMatMul for the shapes it does (same batch
 * of float32 matrices on both sides, more than one, A not transposed, rows a multiple of 4); the
 * backend's kernel does the rest. Idempotent.
 */
export function installBatchMatMul(tf: KernelRegistry): void {
  const original = tf.getKernel('BatchMatMul', 'wasm');
  if (!original || installed.has(original.kernelFunc)) return;
  try {
    simdKernel();
  } catch {
    return; // A WebAssembly without SIMD: the backend's own kernel does it all.
  }
  const kernelFunc = (args: KernelArgs): TensorInfo => {
    const { a, b } = args.inputs;
    const { transposeA, transposeB } = args.attrs;
    const rank = a.shape.length;
    const batch = a.shape.slice(0, -2).reduce((x, y) => x * y, 1);
    const [m, k] = [a.shape[rank - 2]!, a.shape[rank - 1]!];
    const n = transposeB ? b.shape[rank - 2]! : b.shape[rank - 1]!;
    const same = b.shape.length === rank && a.shape.slice(0, -2).every((d, i) => d === b.shape[i]);
    if (a.dtype !== 'float32' || b.dtype !== 'float32' || transposeA || !same || batch < 2 || (transposeB ? k : n) % 4 !== 0) return original.kernelFunc(args);
    const out = args.backend.makeOutput([...a.shape.slice(0, -2), m, n], 'float32');
    // Views made after the output is allocated: allocating may grow (and so replace) the heap.
    const heap = (t: TensorInfo) => args.backend.typedArrayFromHeap(t);
    batchMatMul(heap(a), heap(b), heap(out), batch, m, k, n, transposeB);
    return out;
  };
  installed.add(kernelFunc);
  tf.unregisterKernel('BatchMatMul', 'wasm');
  tf.registerKernel({ ...original, kernelFunc });
}

