/**
 * Word expansion: tilde, parameters, command substitution, arithmetic, then field
 * splitting of the unquoted results and quote removal. No filesystem globbing: glob
 * characters stay literal (the simulated filesystem cannot list directories).
 */
import type { ListNode, Word, WordPart } from './ast';
import { ArithError, evalArith } from './arith';
import { braceExpand } from './brace';

export interface ExpandContext {
  readonly flavor: 'bash' | 'busybox';
  getVar(name: string): string | undefined;
  setVar(name: string, value: string): void;
  /** $? $$ $# $0 $1.. $- $! ; undefined for ordinary names */
  special(name: string): string | undefined;
  positionalArgs(): string[];
  /** run a command substitution body and return its standard output */
  cmdsub(body: ListNode[], line: number): Promise<string>;
  /** print an expansion error and abandon the current command line (throws) */
  fail(message: string, line: number): never;
}

/** a piece of expanded text; `split` pieces came from unquoted expansions */
interface Seg { text: string; split: boolean; quoted: boolean; fieldBreak?: boolean; emptyAt?: boolean }

/** expand to fields (command words, for-loop items) */
export async function expandFields(word: Word, ctx: ExpandContext): Promise<string[]> {
  if (ctx.flavor === 'bash') {
    const words = braceExpand(word);
    if (words.length !== 1 || words[0] !== word) {
      const out: string[] = [];
      for (const w of words) out.push(...(await fieldsOf(w, ctx)));
      return out;
    }
  }
  return fieldsOf(word, ctx);
}

async function fieldsOf(word: Word, ctx: ExpandContext): Promise<string[]> {
  const segs = await segments(word, ctx);
  // "$@" without positional parameters is no word at all, not an empty one
  if (segs.some((s) => s.emptyAt) && segs.every((s) => s.text === '')) return [];
  return splitFields(segs, ifsOf(ctx));
}

/** expand without field splitting (assignments, here-documents, case subjects) */
export async function expandString(word: Word, ctx: ExpandContext): Promise<string> {
  return (await segments(word, ctx)).map((s) => s.text).join('');
}

/** expand a glob pattern (case, ${x#pat}): quoted characters are escaped so they match literally */
export async function expandPattern(word: Word, ctx: ExpandContext): Promise<string> {
  return (await segments(word, ctx)).map((s) => (s.quoted ? s.text.replace(/[*?[\]\\]/g, '\\$&') : s.text)).join('');
}

/** expand the regex of [[ x =~ re ]]: quoted characters match literally */
export async function expandRegex(word: Word, ctx: ExpandContext): Promise<string> {
  return (await segments(word, ctx)).map((s) => (s.quoted ? s.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : s.text)).join('');
}

function ifsOf(ctx: ExpandContext): string {
  return ctx.getVar('IFS') ?? ' \t\n';
}

export function splitFields(segs: Seg[], ifs: string): string[] {
  const fields: string[] = [];
  let cur = '';
  let has = false;
  for (const s of segs) {
    if (s.fieldBreak) { fields.push(cur); cur = ''; has = false; continue; }
    if (!s.split || ifs === '') {
      cur += s.text;
      if (s.text !== '' || s.quoted) has = true;
      continue;
    }
    for (const ch of s.text) {
      if (!ifs.includes(ch)) { cur += ch; has = true; continue; }
      if (/\s/.test(ch)) {
        if (has) { fields.push(cur); cur = ''; has = false; }
      } else {
        // a non-blank IFS character always ends a field, even an empty one
        fields.push(cur);
        cur = '';
        has = false;
      }
    }
  }
  if (has) fields.push(cur);
  return fields;
}

async function segments(word: Word, ctx: ExpandContext): Promise<Seg[]> {
  const out: Seg[] = [];
  for (let i = 0; i < word.parts.length; i++) {
    const p = word.parts[i];
    if (i === 0 && p.kind === 'lit' && !p.quoted && p.text.startsWith('~')) {
      const rest = tilde(p.text, ctx, word.parts.length === 1);
      if (rest) { out.push(...rest); continue; }
    }
    out.push(...(await partSegs(p, ctx, word.line)));
  }
  return out;
}

/** `~` and `~/x` become $HOME (`~root` too); other users are left alone */
function tilde(text: string, ctx: ExpandContext, whole: boolean): Seg[] | null {
  const slash = text.indexOf('/');
  const user = slash < 0 ? text.slice(1) : text.slice(1, slash);
  if (slash < 0 && !whole && user === '') return null;
  let home: string | undefined;
  if (user === '') home = ctx.getVar('HOME') ?? '/root';
  else if (user === 'root') home = '/root';
  if (home === undefined) return null;
  return [{ text: home, split: false, quoted: true }, { text: slash < 0 ? '' : text.slice(slash), split: false, quoted: false }];
}

async function partSegs(p: WordPart, ctx: ExpandContext, line: number): Promise<Seg[]> {
  switch (p.kind) {
    case 'lit':
      return [{ text: p.text, split: false, quoted: p.quoted }];
    case 'cmdsub': {
      const text = (await ctx.cmdsub(p.body, line)).replace(/\n+$/, '');
      return [{ text, split: !p.quoted, quoted: p.quoted }];
    }
    case 'arith': {
      const expr = await expandString(p.expr, ctx);
      const text = String(arith(expr, ctx, line));
      return [{ text, split: !p.quoted, quoted: p.quoted }];
    }
    case 'param':
      return paramSegs(p, ctx, line);
  }
}

export function arith(expr: string, ctx: ExpandContext, line: number): number {
  try {
    return evalArith(expr, { get: (n) => ctx.getVar(n), set: (n, v) => ctx.setVar(n, v) });
  } catch (e) {
    if (!(e instanceof ArithError)) throw e;
    if (ctx.flavor === 'busybox') ctx.fail(e.kind === 'div0' ? 'divide by zero' : `arithmetic syntax error`, line);
    const what = e.kind === 'div0' ? 'division by 0' : 'syntax error: operand expected';
    return ctx.fail(`${expr.replace(/^\s+/, '')}: ${what} (error token is "${e.token}")`, line);
  }
}

type ParamPart = Extract<WordPart, { kind: 'param' }>;

function lookup(name: string, ctx: ExpandContext): string | undefined {
  return ctx.special(name) ?? ctx.getVar(name);
}

async function paramSegs(p: ParamPart, ctx: ExpandContext, line: number): Promise<Seg[]> {
  if (p.bad) {
    if (ctx.flavor === 'busybox') ctx.fail('syntax error: bad substitution', line);
    ctx.fail(`${p.raw}: bad substitution`, line);
  }
  const seg = (text: string): Seg[] => [{ text, split: !p.quoted, quoted: p.quoted }];
  if ((p.name === '@' || p.name === '*') && !p.op) {
    const args = ctx.positionalArgs();
    if (p.name === '@' && p.quoted) {
      // "$@": one field per positional parameter
      const segs: Seg[] = args.length === 0 ? [{ text: '', split: false, quoted: false, emptyAt: true }] : [];
      args.forEach((a, i) => {
        if (i > 0) segs.push({ text: '', split: false, quoted: true, fieldBreak: true });
        segs.push({ text: a, split: false, quoted: true });
      });
      return segs;
    }
    return seg(args.join(p.quoted ? (ctx.getVar('IFS') ?? ' ').slice(0, 1) : ' '));
  }
  const value = lookup(p.name, ctx);
  const argSegs = async (w: Word | undefined): Promise<Seg[]> => {
    if (!w) return [];
    const segs = await segments(w, ctx);
    return segs.map((s) => ({ ...s, split: !p.quoted && !s.quoted, quoted: p.quoted || s.quoted }));
  };
  const argString = async (w: Word | undefined) => (w ? expandPattern(w, ctx) : '');
  switch (p.op) {
    case undefined:
      return seg(value ?? '');
    case 'len':
      return seg(String((value ?? '').length));
    case ':-': case '-':
      if (value === undefined || (p.op === ':-' && value === '')) return argSegs(p.arg);
      return seg(value);
    case ':=': case '=':
      if (value === undefined || (p.op === ':=' && value === '')) {
        const v = p.arg ? await expandString(p.arg, ctx) : '';
        ctx.setVar(p.name, v);
        return seg(v);
      }
      return seg(value);
    case ':+': case '+':
      if (value === undefined || (p.op === ':+' && value === '')) return [];
      return argSegs(p.arg);
    case ':?': case '?': {
      if (value !== undefined && !(p.op === ':?' && value === '')) return seg(value);
      const msg = p.arg ? await expandString(p.arg, ctx) : '';
      return ctx.fail(`${p.name}: ${msg || (ctx.flavor === 'bash' ? 'parameter null or not set' : 'parameter not set')}`, line);
    }
    case '#': case '##': case '%': case '%%':
      return seg(trim(value ?? '', await argString(p.arg), p.op));
    case '/': case '//': {
      const pat = await argString(p.arg);
      const rep = p.arg2 ? await expandString(p.arg2, ctx) : '';
      if (pat === '') return seg(value ?? '');
      const re = new RegExp(globToRegex(pat), p.op === '//' ? 'g' : '');
      return seg((value ?? '').replace(re, () => rep));
    }
    case 'substr': {
      const v = value ?? '';
      let off = arith(p.arg ? await expandString(p.arg, ctx) : '0', ctx, line);
      if (off < 0) off = Math.max(0, v.length + off);
      if (!p.arg2) return seg(v.slice(off));
      let len = arith(await expandString(p.arg2, ctx), ctx, line);
      if (len < 0) len = Math.max(0, v.length - off + len);
      return seg(v.slice(off, off + len));
    }
  }
  return ctx.fail(`${p.raw}: bad substitution`, line);
}

function trim(value: string, pat: string, op: string): string {
  const re = new RegExp('^(?:' + globToRegex(pat) + ')$', 's');
  const n = value.length;
  if (op === '#') { for (let i = 0; i <= n; i++) if (re.test(value.slice(0, i))) return value.slice(i); }
  if (op === '##') { for (let i = n; i >= 0; i--) if (re.test(value.slice(0, i))) return value.slice(i); }
  if (op === '%') { for (let i = n; i >= 0; i--) if (re.test(value.slice(i))) return value.slice(0, i); }
  if (op === '%%') { for (let i = 0; i <= n; i++) if (re.test(value.slice(i))) return value.slice(0, i); }
  return value;
}

/** shell glob (as produced by expandPattern: quoted characters backslash-escaped) to a JS regex body */
export function globToRegex(glob: string): string {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '\\' && i + 1 < glob.length) { re += escapeRe(glob[++i]); continue; }
    if (c === '*') { re += '[\\s\\S]*'; continue; }
    if (c === '?') { re += '[\\s\\S]'; continue; }
    if (c === '[') {
      const end = glob.indexOf(']', i + 2);
      if (end > 0) {
        let body = glob.slice(i + 1, end);
        const neg = body[0] === '!' || body[0] === '^';
        if (neg) body = body.slice(1);
        re += '[' + (neg ? '^' : '') + body.replace(/[\\\]]/g, '\\$&') + ']';
        i = end;
        continue;
      }
    }
    re += escapeRe(c);
  }
  return re;
}

export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** does `text` match the shell pattern (case items) */
export function globMatch(pattern: string, text: string): boolean {
  return new RegExp('^(?:' + globToRegex(pattern) + ')$', 's').test(text);
}
