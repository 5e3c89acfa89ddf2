/**
 * echo and printf. printf follows bash's builtin: the format is reused while
 * arguments remain, bad numbers print a message and count as 0 (status 1).
 */
import { builtinError } from './builtin-util';
import type { Interpreter } from './interpreter';
import type { Io } from './io';
import { decodeEscape } from './lexer-dollar';
import { expo, fixed, general } from './numfmt';

/** echo -e / printf %b escapes; returns the text and whether \c asked to stop all output */
export function echoEscapes(s: string): { text: string; stop: boolean } {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    if (s[i] !== '\\' || i + 1 >= s.length) { out += s[i]; continue; }
    const c = s[i + 1];
    if (c === 'c') return { text: out, stop: true };
    if (c === '0') {
      const m = /^[0-7]{0,3}/.exec(s.slice(i + 2, i + 5))![0];
      out += String.fromCharCode(parseInt(m || '0', 8) & 0xff);
      i += 1 + m.length;
      continue;
    }
    if (/[1-7]/.test(c)) { out += '\\' + c; i++; continue; }
    const r = decodeEscape(s, i + 1, false);
    out += r.text;
    i = r.next - 1;
  }
  return { text: out, stop: false };
}

export function echoBuiltin(sh: Interpreter, argv: string[], io: Io): number {
  let i = 1;
  let newline = true;
  let escapes = false;
  for (; i < argv.length && /^-[neE]+$/.test(argv[i]); i++) {
    for (const f of argv[i].slice(1)) {
      if (f === 'n') newline = false;
      else if (f === 'e') escapes = true;
      else escapes = false;
    }
  }
  let text = argv.slice(i).join(' ');
  if (escapes) {
    const r = echoEscapes(text);
    if (r.stop) { sh.out(io, r.text); return 0; }
    text = r.text;
  }
  sh.out(io, newline ? text + '\n' : text);
  return 0;
}

function pad(s: string, width: number, left: boolean, zero: boolean): string {
  if (s.length >= width) return s;
  if (left) return s + ' '.repeat(width - s.length);
  if (zero) {
    const sign = /^[-+ ]/.test(s) ? s[0] : '';
    const prefix = /^[-+ ]?0[xX]/.test(s) ? s.slice(0, sign.length + 2) : sign;
    return prefix + '0'.repeat(width - s.length) + s.slice(prefix.length);
  }
  return ' '.repeat(width - s.length) + s;
}

function shellQuote(s: string): string {
  if (s === '') return "''";
  return s.replace(/[^A-Za-z0-9_./:=+@%^,-]/g, (c) => (c === '\n' ? "$'\\n'" : '\\' + c));
}

interface NumResult { value: bigint; float: number; ok: boolean }

function parseNum(arg: string | undefined, float: boolean): NumResult {
  if (arg === undefined || arg === '') return { value: 0n, float: 0, ok: true };
  if (/^['"]/.test(arg)) {
    const code = arg.codePointAt(1) ?? 0;
    return { value: BigInt(code), float: code, ok: true };
  }
  const t = arg.trim();
  if (float && /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(t)) {
    const f = Number(t);
    return { value: BigInt(Math.trunc(f)), float: f, ok: true };
  }
  const m = /^([-+]?)(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9]\d*)/.exec(t);
  if (!m) return { value: 0n, float: 0, ok: false };
  let v = m[2].startsWith('0x') || m[2].startsWith('0X') ? BigInt(m[2]) : m[2].length > 1 && m[2][0] === '0' ? BigInt('0o' + m[2].slice(1)) : BigInt(m[2]);
  if (m[1] === '-') v = -v;
  return { value: v, float: Number(v), ok: m[0].length === t.length };
}

export function printfBuiltin(sh: Interpreter, argv: string[], io: Io): number {
  let args = argv.slice(1);
  let varName: string | null = null;
  if (args[0] === '-v' && sh.flavor === 'bash') { varName = args[1] ?? ''; args = args.slice(2); }
  if (args[0] === '--') args = args.slice(1);
  if (args.length === 0) {
    if (sh.flavor === 'bash') sh.err(io, 'printf: usage: printf [-v var] format [arguments]\n');
    else sh.err(io, `${sh.dialect.name}: usage: printf FORMAT [ARGUMENT...]\n`);
    return 2;
  }
  const format = args[0];
  const values = args.slice(1);
  let status = 0;
  let out = '';
  let k = 0;
  const next = () => values[k++];
  const badNumber = (a: string) => {
    status = 1;
    if (sh.flavor === 'bash') builtinError(sh, io, 'printf', `${a}: invalid number`);
    else sh.err(io, `${sh.dialect.name}: invalid number '${a}'\n`);
  };
  const num = (float: boolean): NumResult => {
    const a = next();
    // busybox counts a missing or empty argument as an invalid number; bash uses 0
    if ((a === undefined || a === '') && sh.flavor === 'busybox') {
      badNumber('');
      return { value: 0n, float: 0, ok: false };
    }
    const r = parseNum(a, float);
    if (!r.ok && a !== undefined) {
      badNumber(a);
      // bash keeps the valid leading part (1.5 -> 1); busybox prints 0
      if (sh.flavor === 'busybox') return { value: 0n, float: 0, ok: false };
    }
    return r;
  };
  for (;;) {
    const before = k;
    let i = 0;
    while (i < format.length) {
      const c = format[i];
      if (c === '\\') {
        if (format[i + 1] === 'c') { sh.out(io, out); return status; }
        const r = decodeEscape(format, i + 1, true);
        out += r.text;
        i = r.next;
        continue;
      }
      if (c !== '%') { out += c; i++; continue; }
      const m = /^%([-+ #0]*)(\*|\d+)?(?:\.(\*|\d*))?([hlLqjzt]*)([a-zA-Z%]?)/.exec(format.slice(i));
      const spec = m![0];
      i += spec.length;
      const flags = m![1];
      let width = m![2] === '*' ? Number(parseNum(next(), false).value) : Number(m![2] ?? 0);
      let left = flags.includes('-');
      if (width < 0) { left = true; width = -width; }
      const precRaw = m![3];
      const prec = precRaw === undefined ? undefined : precRaw === '*' ? Number(parseNum(next(), false).value) : Number(precRaw || 0);
      const conv = m![5];
      const zero = flags.includes('0') && !left;
      const sign = (s: string, neg: boolean) => (neg ? s : flags.includes('+') ? '+' + s : flags.includes(' ') ? ' ' + s : s);
      switch (conv) {
        case '%': out += '%'; break;
        case 's': case 'b': case 'q': {
          let s = next() ?? '';
          if (conv === 'b') {
            const r = echoEscapes(s);
            s = r.text;
            if (r.stop) { out += pad(s, width, left, false); sh.out(io, out); return status; }
          }
          if (conv === 'q') s = shellQuote(s);
          if (prec !== undefined) s = s.slice(0, prec);
          out += pad(s, width, left, false);
          break;
        }
        case 'c': out += pad((next() ?? '').slice(0, 1), width, left, false); break;
        case 'd': case 'i': case 'u': case 'x': case 'X': case 'o': {
          const r = num(false);
          let v = r.value;
          const neg = v < 0n;
          let s: string;
          if (conv === 'd' || conv === 'i') s = (neg ? -v : v).toString();
          else {
            if (neg) v = BigInt.asUintN(64, v);
            s = v.toString(conv === 'o' ? 8 : conv === 'u' ? 10 : 16);
            if (conv === 'X') s = s.toUpperCase();
            if (flags.includes('#') && v !== 0n) s = (conv === 'o' ? '0' : conv === 'x' ? '0x' : conv === 'X' ? '0X' : '') + s;
          }
          if (prec !== undefined) s = s.padStart(prec, '0');
          s = (conv === 'd' || conv === 'i') ? sign(neg ? '-' + s : s, neg) : s;
          out += pad(s, width, left, zero && prec === undefined);
          break;
        }
        case 'f': case 'F': case 'e': case 'E': case 'g': case 'G': {
          const x = num(true).float;
          const p = prec ?? 6;
          let s = conv === 'f' || conv === 'F' ? fixed(Math.abs(x), p)
            : conv === 'e' || conv === 'E' ? expo(Math.abs(x), p, conv === 'E')
            : general(Math.abs(x), p, flags.includes('#'), conv === 'G');
          s = sign(x < 0 || Object.is(x, -0) ? '-' + s : s, x < 0);
          out += pad(s, width, left, zero);
          break;
        }
        default:
          sh.out(io, out);
          if (sh.flavor === 'bash') {
            builtinError(sh, io, 'printf', conv === '' ? `\`${spec}': missing format character` : `\`${conv}': invalid format character`);
          } else sh.err(io, `${sh.dialect.name}: ${format.slice(i - spec.length)}: invalid format\n`);
          return 1;
      }
    }
    if (k >= values.length || k === before) break;
  }
  if (varName !== null) sh.setVar(varName, out);
  else sh.out(io, out);
  return status;
}
