import { describe, expect, it } from 'vitest';
import type { Command, ListNode, SimpleCommand } from '../../src/shell/ast';
import { formatSyntaxError } from '../../src/shell/dialect';
import { ShellSyntaxError } from '../../src/shell/errors';
import { Parser } from '../../src/shell/parser';
import { Shell } from '../../src/shell/shell';
import { MemFs, registry } from './helpers';

function parse(src: string, flavor: 'bash' | 'busybox' = 'bash'): ListNode[] {
  return new Parser(src, { implicitNewline: true, flavor }).parseAll();
}

function simple(c: Command): SimpleCommand {
  if (c.type !== 'simple') throw new Error(`expected simple, got ${c.type}`);
  return c;
}

const words = (c: Command) => simple(c).words.map((w) => w.raw);

function syntaxError(src: string, flavor: 'bash' | 'busybox' = 'bash', implicitNewline = true): ShellSyntaxError {
  try {
    new Parser(src, { implicitNewline, flavor }).parseAll();
  } catch (e) {
    if (e instanceof ShellSyntaxError) return e;
    throw e;
  }
  throw new Error('no syntax error');
}

describe('parser: structure', () => {
  it('lists, and-or, pipelines', () => {
    const l = parse('a | b && c || d; e &');
    expect(l).toHaveLength(2);
    expect(l[0].andOr.first.commands.map(words)).toEqual([['a'], ['b']]);
    expect(l[0].andOr.rest.map((r) => r.op)).toEqual(['&&', '||']);
    expect(l[1].background).toBe(true);
  });

  it('assignments only before the command name', () => {
    const c = simple(parse('A=1 B="x y" cmd C=2')[0].andOr.first.commands[0]);
    expect(c.assigns.map((a) => a.name)).toEqual(['A', 'B']);
    expect(c.words.map((w) => w.raw)).toEqual(['cmd', 'C=2']);
  });

  it('redirections in any position, with fds', () => {
    const c = simple(parse('>out cmd 2>&1 arg <in')[0].andOr.first.commands[0]);
    expect(c.redirs.map((r) => [r.fd, r.op, r.target.raw])).toEqual([[1, '>', 'out'], [2, '>&', '1'], [0, '<', 'in']]);
    expect(c.words.map((w) => w.raw)).toEqual(['cmd', 'arg']);
  });

  it('negation, subshell, group, if, loops, case, functions', () => {
    const l = parse('! a; (b); { c; }; if a; then b; elif c; then d; else e; fi; while a; do b; done; until a; do b; done');
    expect(l[0].andOr.first.negate).toBe(true);
    expect(l.slice(1).map((n) => n.andOr.first.commands[0].type)).toEqual(['subshell', 'group', 'if', 'while', 'while']);
    const f = parse('for i in 1 2; do echo $i; done; case x in a|b) echo;; *) ;; esac; f() { echo; }; function g { :; }');
    expect(f.map((n) => n.andOr.first.commands[0].type)).toEqual(['for', 'case', 'funcdef', 'funcdef']);
  });

  it('newlines inside compound commands and after | && ||', () => {
    expect(parse('if true\nthen\n echo\nfi')).toHaveLength(1);
    expect(parse('a |\n b &&\n\n c')[0].andOr.rest).toHaveLength(1);
  });

  it('reserved words only count in command position', () => {
    expect(words(parse('echo if then fi')[0].andOr.first.commands[0])).toEqual(['echo', 'if', 'then', 'fi']);
  });

  it('records the line where the command ends', () => {
    const l = parse("a\nb 'x\ny'\nc");
    expect(l.map((n) => simple(n.andOr.first.commands[0]).line)).toEqual([1, 3, 4]);
  });

  it('busybox: v+=x is not an assignment', () => {
    expect(simple(parse('v+=x', 'busybox')[0].andOr.first.commands[0]).words.map((w) => w.raw)).toEqual(['v+=x']);
    expect(simple(parse('v+=x')[0].andOr.first.commands[0]).assigns[0]).toMatchObject({ name: 'v', append: true });
  });

  it('nextCommand returns one line at a time', () => {
    const p = new Parser('echo a; echo b\necho c\n| bad', { implicitNewline: true, flavor: 'bash' });
    expect(p.nextCommand()).toHaveLength(2);
    expect(p.nextCommand()).toHaveLength(1);
    expect(() => p.nextCommand()).toThrow(ShellSyntaxError);
  });
});

describe('parser: syntax errors (bash -c wording)', () => {
  const d = { flavor: 'bash' as const, name: 'bash', interactive: false };
  const msg = (src: string) => formatSyntaxError(d, syntaxError(src));
  it.each([
    ['| echo', "bash: -c: line 1: syntax error near unexpected token `|'\nbash: -c: line 1: `| echo'\n"],
    ['echo a && && b', "bash: -c: line 1: syntax error near unexpected token `&&'\nbash: -c: line 1: `echo a && && b'\n"],
    ['echo >', "bash: -c: line 1: syntax error near unexpected token `newline'\nbash: -c: line 1: `echo >'\n"],
    ['echo |', 'bash: -c: line 2: syntax error: unexpected end of file\n'],
    ["echo 'abc", "bash: -c: line 1: unexpected EOF while looking for matching `''\n"],
    ['echo "abc', 'bash: -c: line 1: unexpected EOF while looking for matching `"\'\n'],
    ['echo $(', "bash: -c: line 2: unexpected EOF while looking for matching `)'\n"],
    ['echo ${', "bash: -c: line 1: unexpected EOF while looking for matching `}'\n"],
    ['echo `', "bash: -c: line 1: unexpected EOF while looking for matching ``'\n"],
    ['then', "bash: -c: line 1: syntax error near unexpected token `then'\nbash: -c: line 1: `then'\n"],
    ['if true; then; fi', "bash: -c: line 1: syntax error near unexpected token `;'\nbash: -c: line 1: `if true; then; fi'\n"],
    ['echo a\n)\n', "bash: -c: line 2: syntax error near unexpected token `)'\nbash: -c: line 2: `)'\n"],
    ['echo a\n\n(', 'bash: -c: line 4: syntax error: unexpected end of file\n'],
    [';;', "bash: -c: line 1: syntax error near unexpected token `;;'\nbash: -c: line 1: `;;'\n"],
  ])('%j', (src, expected) => {
    expect(msg(src)).toBe(expected);
  });
});

describe('parser: syntax errors (interactive bash and busybox wording)', () => {
  it('interactive bash has no -c/line prefix and no echo of the line', () => {
    const d = { flavor: 'bash' as const, name: 'bash', interactive: true };
    expect(formatSyntaxError(d, syntaxError('| echo'))).toBe("bash: syntax error near unexpected token `|'\n");
    expect(formatSyntaxError(d, syntaxError("echo 'x"))).toBe("bash: unexpected EOF while looking for matching `''\n");
  });

  it.each([
    ['| echo', true, 'sh: syntax error: unexpected "|"\n'],
    ['echo >', false, 'sh: syntax error: unexpected end of file\n'],
    ['echo >', true, 'sh: syntax error: unexpected newline\n'],
    ["echo 'x", false, 'sh: syntax error: unterminated quoted string\n'],
    ['echo $(', false, 'sh: syntax error: unexpected end of file (expecting ")")\n'],
    ['echo ${', false, "sh: syntax error: missing '}'\n"],
    ['echo `', false, 'sh: syntax error: EOF in backquote substitution\n'],
    ['if true; then', false, 'sh: syntax error: unexpected end of file (expecting "fi")\n'],
    ['for i in 1; do', false, 'sh: syntax error: unexpected end of file (expecting "done")\n'],
    ['cat <<< x', false, 'sh: syntax error: unexpected redirection\n'],
  ])('busybox %j', (src, interactive, expected) => {
    const d = { flavor: 'busybox' as const, name: 'sh', interactive };
    expect(formatSyntaxError(d, syntaxError(src, 'busybox', interactive))).toBe(expected);
  });
});

describe('isComplete', () => {
  const sh = new Shell({ flavor: 'bash', fs: new MemFs(), commands: registry({}) });
  it.each([
    ['echo hi', true],
    ["echo 'open", false],
    ['echo "open', false],
    ['echo a \\', false],
    ['echo a |', false],
    ['echo a &&', false],
    ['echo a ||', false],
    ['if true; then', false],
    ['for i in 1 2; do echo $i', false],
    ['echo $(ls', false],
    ['cat <<EOF', false],
    ['cat <<EOF\nbody\nEOF', true],
    ['f() {', false],
    ['( echo', false],
    ['| echo', true],
    ['echo >', true],
    ['echo ;; x', true],
    ['', true],
  ])('%j -> %s', (text, complete) => {
    expect(sh.isComplete(text)).toBe(complete);
  });
});
