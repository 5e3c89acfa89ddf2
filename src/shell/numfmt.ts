/**
 * C-style float formatting for printf and awk. JavaScript's toFixed/toExponential
 * round exact ties up (2.25 -> "2.3"); C rounds them to even (2.25 -> "2.2"), so
 * ties are detected from extra digits and rounded half-to-even.
 */

function roundHalfEven(digits: string, keep: number): { digits: string; carry: boolean } {
  // digits: a string of decimal digits; keep the first `keep`, the rest is exactly 5000...
  const head = digits.slice(0, keep);
  const last = keep > 0 ? Number(head[keep - 1]) : 0;
  if (last % 2 === 0) return { digits: head, carry: false };
  // round up
  const arr = head.split('').map(Number);
  let i = arr.length - 1;
  while (i >= 0 && arr[i] === 9) { arr[i] = 0; i--; }
  if (i < 0) return { digits: '1' + arr.join(''), carry: true };
  arr[i]++;
  return { digits: arr.join(''), carry: false };
}

/** %.{p}f of a non-negative number */
export function fixed(x: number, p: number): string {
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : 'nan';
  // toFixed switches to exponent notation from 1e21; such doubles are whole numbers
  if (x >= 1e21) return BigInt(x).toString() + (p > 0 ? '.' + '0'.repeat(p) : '');
  const extra = Math.min(100, p + 30);
  const wide = x.toFixed(extra);
  const [int, frac] = wide.split('.');
  const tail = frac.slice(p);
  if (!/^50*$/.test(tail)) return x.toFixed(p);
  const r = roundHalfEven(int + frac.slice(0, p), int.length + p);
  const all = r.digits;
  const intLen = all.length - p;
  return p === 0 ? all : `${all.slice(0, intLen)}.${all.slice(intLen)}`;
}

/** %.{p}e of a non-negative number, with at least two exponent digits like C */
export function expo(x: number, p: number, upper = false): string {
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : 'nan';
  let s = x.toExponential(p);
  const wide = x.toExponential(Math.min(100, p + 30));
  const m = /^(\d)\.?(\d*)e([+-]\d+)$/.exec(wide);
  if (m && /^50*$/.test(m[2].slice(p))) {
    const r = roundHalfEven(m[1] + m[2].slice(0, p), 1 + p);
    let exp = Number(m[3]);
    let d = r.digits;
    if (r.carry) { exp++; d = d.slice(0, 1 + p); }
    s = `${d[0]}${p > 0 ? '.' + d.slice(1) : ''}e${exp < 0 ? '-' : '+'}${Math.abs(exp)}`;
  }
  s = s.replace(/e([+-])(\d)$/, 'e$10$2');
  return upper ? s.toUpperCase() : s;
}

/** %.{p}g */
export function general(x: number, prec: number, alt: boolean, upper = false): string {
  const p = prec === 0 ? 1 : prec;
  if (x === 0) return alt ? (0).toFixed(p - 1) : '0';
  const e = expo(x, p - 1);
  const exp = Number(e.slice(e.indexOf('e') + 1));
  let s = exp < -4 || exp >= p ? expo(x, p - 1, upper) : fixed(x, Math.max(0, p - 1 - exp));
  if (!alt) {
    if (/[eE]/.test(s)) s = s.replace(/\.?0+([eE])/, '$1');
    else if (s.includes('.')) s = s.replace(/\.?0+$/, '');
  }
  return s;
}
