import { describe, expect, it } from 'vitest';
import { bashC } from './helpers';

/** print each resulting field in brackets */
async function fields(words: string, flavor: 'bash' | 'busybox' = 'bash', prelude = ''): Promise<string> {
  const r = await bashC(`${prelude}printf '[%s]' ${words}`, { flavor });
  return r.stdout;
}

describe('expansion: parameters', () => {
  it('plain, braced, special', async () => {
    expect(await fields('$x ${x}y "$?" $#', 'bash', 'x=1; ')).toBe('[1][1y][0][0]');
  });

  it('unset variables vanish unless quoted', async () => {
    expect(await fields('$nope "$nope" a$nope')).toBe('[][a]');
  });

  it('defaults and alternatives', async () => {
    expect(await fields('${u:-d} ${u-d} ${e:-d} ${e-d} ${x:+alt} ${u:+alt}', 'bash', 'e=; x=1; ')).toBe('[d][d][d][alt]');
  });

  it('${x:=v} assigns', async () => {
    expect((await bashC('echo ${x:=v}; echo $x')).stdout).toBe('v\nv\n');
  });

  it('length, trimming, replacement, substring', async () => {
    const r = await bashC('v=hello.tar.gz; echo ${#v} ${v%.*} ${v%%.*} ${v#*.} ${v##*.} ${v/l/L} ${v//l/L} ${v:1:3} ${v: -2}');
    expect(r.stdout).toBe('12 hello.tar hello tar.gz gz heLlo.tar.gz heLLo.tar.gz ell gz\n');
  });

  it('${x:?msg} fails with a message', async () => {
    const r = await bashC('echo ${x:?not set}; echo after');
    expect(r.stderr).toBe('bash: line 1: x: not set\n');
    expect(r.stdout).toBe('');
  });

  it('bad substitution aborts the line (bash) with status 1', async () => {
    const r = await bashC('echo ${a b}; echo same-line\necho next-line');
    expect(r.stderr).toBe('bash: line 1: ${a b}: bad substitution\n');
    expect(r.stdout).toBe('next-line\n');
  });

  it('positional parameters from sh -c', async () => {
    expect((await bashC(`sh -c 'printf "[%s]" "$0" "$1" "$#" "$@"' name a 'b c'`)).stdout).toBe('[name][a][2][a][b c]');
  });

  it('"$@" with no arguments is no word at all', async () => {
    expect(await fields('"$@" x')).toBe('[x]');
  });
});

describe('expansion: field splitting and quoting', () => {
  it('unquoted expansions split on IFS whitespace, quoted ones do not', async () => {
    expect(await fields('$v "$v"', 'bash', 'v="  a  b  "; ')).toBe('[a][b][  a  b  ]');
  });

  it('non-blank IFS characters delimit empty fields', async () => {
    expect(await fields('$v', 'bash', 'IFS=:; v=a::b; ')).toBe('[a][][b]');
  });

  it('empty IFS disables splitting', async () => {
    expect(await fields('$v', 'bash', "IFS=''; v='a b'; ")).toBe('[a b]');
  });

  it('literal text is never split, quotes join pieces', async () => {
    expect(await fields(`a"b c"'d e'f`)).toBe('[ab cd ef]');
  });

  it('empty quotes make an empty field', async () => {
    expect(await fields(`"" ''`)).toBe('[][]');
  });

  it('glob characters stay literal', async () => {
    expect(await fields('*.txt ?')).toBe('[*.txt][?]');
  });

  it('tilde at the start of a word', async () => {
    expect(await fields('~ ~/x a~ "~" ~root')).toBe('[/root][/root/x][a~][~][/root]');
  });
});

describe('expansion: command substitution', () => {
  it('strips trailing newlines and splits when unquoted', async () => {
    expect(await fields(`$(printf 'a b\\n\\n') "$(printf 'c d\\n')"`)).toBe('[a][b][c d]');
  });

  it('backquotes, nesting, and status of an assignment-only command', async () => {
    const r = await bashC('echo `echo a` $(echo $(echo b)); x=$(false); echo $?');
    expect(r.stdout).toBe('a b\n1\n');
  });

  it('runs in a subshell: variables set inside do not leak', async () => {
    expect((await bashC('x=1; y=$(x=2; echo $x); echo $x $y')).stdout).toBe('1 2\n');
  });

  it('stderr of the inner command goes to the terminal', async () => {
    const r = await bashC('x=$(nope); echo "[$x]"');
    expect(r.stderr).toBe('bash: line 1: nope: command not found\n');
    expect(r.stdout).toBe('[]\n');
  });

  it('nesting is limited', async () => {
    const deep = 'echo ' + '$(echo '.repeat(25) + 'x' + ')'.repeat(25);
    const r = await bashC(deep);
    expect(r.stderr).toContain('command substitution nesting too deep');
  });
});

describe('expansion: arithmetic', () => {
  it('operators, variables, assignment', async () => {
    const r = await bashC('x=5; echo $((x*2+1)) $((x/2)) $((x%3)) $((2**10)) $((x>3 && x<10)) $((-x)) $((x+=1)) $x $((0x10)) $((1?2:3))');
    expect(r.stdout).toBe('11 2 2 1024 1 -5 6 6 16 2\n');
  });

  it('division by zero is reported like bash', async () => {
    const r = await bashC('echo $((7/0)); echo no');
    expect(r.stderr).toBe('bash: line 1: 7/0: division by 0 (error token is "0")\n');
    expect(r.status).toBe(1);
  });

  it('busybox says divide by zero', async () => {
    const r = await bashC('echo $((1/0))', { flavor: 'busybox' });
    expect(r.stderr).toBe('sh: divide by zero\n');
    expect(r.status).toBe(2);
  });
});

describe('expansion: braces (bash only)', () => {
  it('lists, sequences, nesting, padding', async () => {
    expect(await fields('a{b,c}d {1..3} {c..a} x{1,2{a,b}} {01..03} {1..7..3} {a} {,y}')).toBe(
      '[abd][acd][1][2][3][c][b][a][x1][x2a][x2b][01][02][03][1][4][7][{a}][y]',
    );
  });

  it('quoted braces are literal', async () => {
    expect(await fields(`"{a,b}" \\{a,b} {a\\,b,c}`)).toBe('[{a,b}][{a,b}][a,b][c]');
  });

  it('busybox has no brace expansion', async () => {
    expect(await fields('a{b,c}', 'busybox')).toBe('[a{b,c}]');
  });
});
