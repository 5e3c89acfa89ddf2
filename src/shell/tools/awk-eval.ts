/** Expression evaluation and built-in functions of the awk subset. */
import type { Expr } from './awk-parse';
import type { AwkRun } from './awk';
import { AwkRuntimeError, awkSprintf, compileRe, isNum, Return, strnum, toNum, toStr, type Val } from './awk-value';

function compare(a: Val, b: Val): number {
  if (isNum(a) && isNum(b)) {
    const x = toNum(a);
    const y = toNum(b);
    return x < y ? -1 : x > y ? 1 : 0;
  }
  const x = toStr(a);
  const y = toStr(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** a regex operand: /re/ literally, anything else is a dynamic regex string */
function regexOf(run: AwkRun, e: Expr, flags: string): RegExp {
  if (e.t === 're') return compileRe(e.src, flags);
  return compileRe(toStr(evalExpr(run, e)), flags);
}

export function evalExpr(run: AwkRun, e: Expr): Val {
  switch (e.t) {
    case 'num': return e.v;
    case 'str': return e.v;
    case 're': return compileRe(e.src, '').test(run.fields[0]) ? 1 : 0;
    case 'group': return evalExpr(run, e.e);
    case 'list': throw new AwkRuntimeError('unexpected expression list');
    case 'var': return run.getVar(e.name);
    case 'field': return run.getField(Math.trunc(toNum(evalExpr(run, e.e))));
    case 'idx': {
      const arr = run.array(e.name);
      const k = run.key(e.keys);
      if (!arr.has(k)) arr.set(k, strnum('', 0));
      return arr.get(k)!;
    }
    case 'in': return run.array(e.name).has(run.key(e.keys)) ? 1 : 0;
    case 'assign': {
      if (e.op === '=') {
        const v = evalExpr(run, e.e);
        return run.assign(e.target, typeof v === 'object' ? { ...v } : v);
      }
      const cur = toNum(evalExpr(run, e.target));
      const rhs = toNum(evalExpr(run, e.e));
      return run.assign(e.target, arith(e.op.slice(0, -1), cur, rhs, run.bb));
    }
    case 'incdec': {
      const cur = toNum(evalExpr(run, e.target));
      const nv = e.op === '++' ? cur + 1 : cur - 1;
      run.assign(e.target, nv);
      return e.prefix ? nv : cur;
    }
    case 'cond': return run.truth(evalExpr(run, e.c)) ? evalExpr(run, e.a) : evalExpr(run, e.b);
    case 'unary': {
      if (e.op === '!') return run.truth(evalExpr(run, e.e)) ? 0 : 1;
      const n = toNum(evalExpr(run, e.e));
      return e.op === '-' ? -n : n;
    }
    case 'match': {
      const hit = regexOf(run, e.re, '').test(toStr(evalExpr(run, e.a)));
      return hit !== e.neg ? 1 : 0;
    }
    case 'bin': {
      if (e.op === '&&') return run.truth(evalExpr(run, e.a)) && run.truth(evalExpr(run, e.b)) ? 1 : 0;
      if (e.op === '||') return run.truth(evalExpr(run, e.a)) || run.truth(evalExpr(run, e.b)) ? 1 : 0;
      const a = evalExpr(run, e.a);
      const b = evalExpr(run, e.b);
      switch (e.op) {
        case ' ': return toStr(a, toStr(run.getVar('CONVFMT'))) + toStr(b, toStr(run.getVar('CONVFMT')));
        case '<': return compare(a, b) < 0 ? 1 : 0;
        case '<=': return compare(a, b) <= 0 ? 1 : 0;
        case '>': return compare(a, b) > 0 ? 1 : 0;
        case '>=': return compare(a, b) >= 0 ? 1 : 0;
        case '==': return compare(a, b) === 0 ? 1 : 0;
        case '!=': return compare(a, b) !== 0 ? 1 : 0;
        default: return arith(e.op, toNum(a), toNum(b), run.bb);
      }
    }
    case 'call': return call(run, e.name, e.args);
    case 'getline': return getline(run, e.target, e.file);
  }
}

/** getline [var] [< file]: 1 read, 0 end of input, -1 cannot open */
function getline(run: AwkRun, target: Expr | undefined, file: Expr | undefined): Val {
  let line: string | null;
  if (file) {
    const name = toStr(evalExpr(run, file));
    let r = run.readers.get(name);
    if (!r) {
      const text = name === '-' || name === '/dev/stdin' ? run.ctx.stdin : run.ctx.fs.read(name);
      if (text === null) return -1;
      r = { lines: text === '' ? [] : text.replace(/\n$/, '').split('\n'), i: 0 };
      run.readers.set(name, r);
    }
    line = r.i < r.lines.length ? r.lines[r.i++] : null;
    if (line === null) return 0;
  } else {
    line = run.nextRecord();
    if (line === null) return 0;
    run.vars.set('NR', toNum(run.vars.get('NR')!) + 1);
    run.vars.set('FNR', toNum(run.vars.get('FNR')!) + 1);
  }
  if (target) run.assign(target, strnum(line));
  else run.setRecord(line);
  return 1;
}

function arith(op: string, a: number, b: number, bb: boolean): number {
  switch (op) {
    case '+': return a + b;
    case '-': return a - b;
    case '*': return a * b;
    case '/': case '%':
      // mawk follows IEEE (1/0 prints inf); busybox stops
      if (b === 0 && bb) throw new AwkRuntimeError('division by zero', 'Division by zero');
      return op === '/' ? a / b : a % b;
    case '^': return a ** b;
  }
  throw new AwkRuntimeError(`unknown operator ${op}`);
}

/** sub/gsub replacement: & is the match, \& a literal & */
function replacement(rep: string, match: string): string {
  return rep.replace(/\\\\|\\&|&/g, (t) => (t === '&' ? match : t === '\\&' ? '&' : '\\'));
}

function call(run: AwkRun, name: string, args: Expr[]): Val {
  const arg = (i: number) => evalExpr(run, args[i]);
  const str = (i: number) => toStr(arg(i));
  switch (name) {
    case 'length': {
      if (args.length === 0) return run.fields[0].length;
      const a = args[0];
      if (a.t === 'var' && (run.arrays.has(a.name) || run.frame()?.arrays.has(a.name))) return run.array(a.name).size;
      return str(0).length;
    }
    case 'substr': {
      // both truncate the arguments; a start below 1 becomes 1, and mawk then also
      // lengthens the piece by the distance moved (substr("hello", -1, 3) is "hell")
      const s = str(0);
      let m = Math.trunc(toNum(arg(1)));
      let n = args.length > 2 ? Math.trunc(toNum(arg(2))) : Infinity;
      if (m < 1) {
        if (!run.bb) n -= m;
        m = 1;
      }
      return n <= 0 ? '' : s.slice(m - 1, n === Infinity ? undefined : m - 1 + n);
    }
    case 'index': return str(0).indexOf(str(1)) + 1;
    case 'split': {
      const s = str(0);
      const a = args[1];
      if (!a || a.t !== 'var') throw new AwkRuntimeError('split: second argument must be an array');
      const fs = args[2] ? (args[2].t === 're' ? compileRe(args[2].src, '') : toStr(evalExpr(run, args[2]))) : toStr(run.getVar('FS'));
      const parts = run.split(s, fs);
      const arr = run.array(a.name);
      arr.clear();
      parts.forEach((p, i) => arr.set(String(i + 1), strnum(p)));
      return parts.length;
    }
    case 'sub': case 'gsub': {
      const re = regexOf(run, args[0], name === 'gsub' ? 'g' : '');
      const rep = str(1);
      const target = args[2] ?? { t: 'field', e: { t: 'num', v: 0 } };
      const before = toStr(evalExpr(run, target));
      let count = 0;
      const after = before.replace(re, (m) => { count++; return replacement(rep, m); });
      if (count > 0) run.assign(target, after);
      return count;
    }
    case 'match': {
      const m = regexOf(run, args[1], '').exec(str(0));
      run.setVar('RSTART', m ? m.index + 1 : 0);
      run.setVar('RLENGTH', m ? m[0].length : -1);
      return m ? m.index + 1 : 0;
    }
    case 'sprintf': return args.length ? awkSprintf(str(0), args.slice(1).map((x) => evalExpr(run, x)), !run.bb) : '';
    case 'tolower': return str(0).toLowerCase();
    case 'toupper': return str(0).toUpperCase();
    case 'int': return Math.trunc(toNum(arg(0)));
    case 'sqrt': return Math.sqrt(toNum(arg(0)));
    case 'exp': return Math.exp(toNum(arg(0)));
    case 'log': return Math.log(toNum(arg(0)));
    case 'sin': return Math.sin(toNum(arg(0)));
    case 'cos': return Math.cos(toNum(arg(0)));
    case 'atan2': return Math.atan2(toNum(arg(0)), toNum(arg(1)));
    case 'rand': {
      // deterministic generator, like awk's default seed
      run.seed = (run.seed * 1103515245 + 12345) % 2147483648;
      return run.seed / 2147483648;
    }
    case 'srand': { const old = run.seed; run.seed = args.length ? Math.trunc(toNum(arg(0))) : 0; return old; }
    case 'close': run.readers.delete(str(0)); return 0;
    case 'fflush': return 0;
    case 'system': throw new AwkRuntimeError('system() is not supported');
  }
  const fn = run.prog.funcs.get(name);
  if (!fn) throw new AwkRuntimeError(`function ${name} never defined`);
  if (run.depth > 200) throw new AwkRuntimeError('function call nesting too deep');
  const frame = { vars: new Map<string, Val>(), arrays: new Map<string, Map<string, Val>>() };
  fn.params.forEach((p, i) => {
    const a = args[i];
    if (a && a.t === 'var' && (run.arrays.has(a.name) || run.frame()?.arrays.has(a.name))) frame.arrays.set(p, run.array(a.name));
    else frame.vars.set(p, a ? evalExpr(run, a) : strnum('', 0));
  });
  run.frames.push(frame);
  run.depth++;
  try {
    run.execBlock(fn.body);
    return strnum('', 0);
  } catch (e) {
    if (e instanceof Return) return e.v;
    throw e;
  } finally {
    run.depth--;
    run.frames.pop();
  }
}
