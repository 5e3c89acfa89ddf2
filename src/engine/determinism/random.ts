/**
 * Seedable randomness for everything a real engine makes random (IDs, veth names, bridge MACs,
 * round-trip times). Same seed, same sequence: the basis of golden tests and replay grading.
 * sfc32 is small, fast and good enough; its whole state is four numbers, so it serializes.
 */

export interface RandomState {
  a: number;
  b: number;
  c: number;
  d: number;
}

export function seedRandom(seed: number | string): RandomState {
  // xmur3-style string hash to spread any seed over 128 bits
  const text = String(seed);
  let h = 1779033703 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    h = Math.imul(h ^ text.charCodeAt(i), 3432918353);
    h = (h << 13) | (h >>> 19);
  }
  const next = () => {
    h = Math.imul(h ^ (h >>> 16), 2246822507);
    h = Math.imul(h ^ (h >>> 13), 3266489909);
    return (h ^= h >>> 16) >>> 0;
  };
  const state = { a: next(), b: next(), c: next(), d: next() };
  for (let i = 0; i < 12; i++) nextUint32(state);
  return state;
}

export function nextUint32(s: RandomState): number {
  const t = (((s.a + s.b) | 0) + s.d) | 0;
  s.d = (s.d + 1) | 0;
  s.a = s.b ^ (s.b >>> 9);
  s.b = (s.c + (s.c << 3)) | 0;
  s.c = (s.c << 21) | (s.c >>> 11);
  s.c = (s.c + t) | 0;
  return t >>> 0;
}

/** n random lowercase hex digits */
const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

export function randomHex(s: RandomState, n: number): string {
  let out = '';
  while (out.length < n) {
    const x = nextUint32(s);
    out += HEX[x >>> 24] + HEX[(x >>> 16) & 255] + HEX[(x >>> 8) & 255] + HEX[x & 255];
  }
  return out.length === n ? out : out.slice(0, n);
}

/** a float in [0, 1) */
export function randomFloat(s: RandomState): number {
  return nextUint32(s) / 4294967296;
}

/** a 64-hex ID that is not all digits (Docker's stringid.GenerateRandomID rejects those: they look like numbers) */
export function randomId(s: RandomState): string {
  for (;;) {
    const id = randomHex(s, 64);
    if (!/^\d+$/.test(id.slice(0, 12))) return id;
  }
}
