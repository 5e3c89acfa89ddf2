import { describe, expect, it } from 'vitest';
import { Lexer, type Token } from '../../src/shell/lexer';
import type { WordPart } from '../../src/shell/ast';
import { ShellSyntaxError } from '../../src/shell/errors';
import { Parser } from '../../src/shell/parser';

/** lex all tokens of src (the parser supplies $( ) parsing) */
function lex(src: string, implicitNewline = true): Token[] {
  const p = new Parser('', { implicitNewline, flavor: 'bash' });
  const sub = p.lexer.opts.sub;
  const lx = new Lexer(src, { implicitNewline, flavor: 'bash', sub });
  const out: Token[] = [];
  for (let t = lx.next(); ; t = lx.next()) {
    out.push(t);
    if (t.type === 'eof') return out;
  }
}

function kinds(src: string): string[] {
  return lex(src).map((t) => (t.type === 'word' ? `w:${t.word.raw}` : t.type === 'op' ? `op:${t.op}` : t.type === 'io' ? `io:${t.fd}` : t.type));
}

function parts(src: string): WordPart[] {
  const t = lex(src)[0];
  if (t.type !== 'word') throw new Error('not a word');
  return t.word.parts;
}

describe('lexer: tokens', () => {
  it('splits words and operators', () => {
    expect(kinds('echo a|b && c || d; e & f')).toEqual([
      'w:echo', 'w:a', 'op:|', 'w:b', 'op:&&', 'w:c', 'op:||', 'w:d', 'op:;', 'w:e', 'op:&', 'w:f', 'newline', 'eof',
    ]);
  });

  it('recognises redirection operators and io numbers', () => {
    expect(kinds('cmd 2>&1 >>out <in &>/dev/null 2>err <<<s')).toEqual([
      'w:cmd', 'io:2', 'op:>&', 'w:1', 'op:>>', 'w:out', 'op:<', 'w:in', 'op:&>', 'w:/dev/null', 'io:2', 'op:>', 'w:err',
      'op:<<<', 'w:s', 'newline', 'eof',
    ]);
  });

  it('a number not touching < or > is a word', () => {
    expect(kinds('echo 2 > f')).toEqual(['w:echo', 'w:2', 'op:>', 'w:f', 'newline', 'eof']);
  });

  it('drops comments but not # inside words', () => {
    expect(kinds('echo a#b # comment here')).toEqual(['w:echo', 'w:a#b', 'newline', 'eof']);
  });

  it('joins backslash-newline continuations and counts lines', () => {
    const toks = lex('echo a \\\nb\nfoo');
    expect(toks.map((t) => (t.type === 'word' ? t.word.raw : t.type))).toEqual(['echo', 'a', 'b', 'newline', 'foo', 'newline', 'eof']);
    const foo = toks[4];
    expect(foo.type === 'word' && foo.word.line).toBe(3);
  });

  it('bash -c mode adds one newline at the end (implicitNewline)', () => {
    expect(lex('echo', true).map((t) => t.type)).toEqual(['word', 'newline', 'eof']);
    expect(lex('echo', false).map((t) => t.type)).toEqual(['word', 'eof']);
    expect(lex('echo\n', true).map((t) => t.type)).toEqual(['word', 'newline', 'eof']);
  });
});

describe('lexer: quoting', () => {
  it('single quotes are literal and quoted', () => {
    expect(parts("'a $b \\c'")).toEqual([{ kind: 'lit', text: 'a $b \\c', quoted: true }]);
  });

  it('double quotes keep $ expansions, mark everything quoted', () => {
    const p = parts('"x $HOME y"');
    expect(p).toEqual([
      { kind: 'lit', text: 'x ', quoted: true },
      { kind: 'param', name: 'HOME', quoted: true, raw: '$HOME' },
      { kind: 'lit', text: ' y', quoted: true },
    ]);
  });

  it('backslash in double quotes only escapes $ ` " \\ and newline', () => {
    expect(parts('"\\$a \\n \\\\ \\""')).toEqual([{ kind: 'lit', text: '$a \\n \\ "', quoted: true }]);
  });

  it('an empty pair of quotes is an empty quoted part (so it makes a field)', () => {
    expect(parts('""')).toEqual([{ kind: 'lit', text: '', quoted: true }]);
  });

  it("$'...' decodes C escapes", () => {
    expect(parts("$'a\\tb\\n\\x41\\101\\''")).toEqual([{ kind: 'lit', text: "a\tb\nAA'", quoted: true }]);
  });

  it('unquoted backslash quotes the next character', () => {
    expect(parts('a\\ b')).toEqual([
      { kind: 'lit', text: 'a', quoted: false },
      { kind: 'lit', text: ' ', quoted: true },
      { kind: 'lit', text: 'b', quoted: false },
    ]);
  });

  it('reports an unterminated quote with the line it started on', () => {
    try {
      lex("echo a\n'b\nc");
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ShellSyntaxError);
      expect((e as ShellSyntaxError).detail).toEqual({ kind: 'match', char: "'", construct: 'quote' });
      expect((e as ShellSyntaxError).line).toBe(2);
      expect((e as ShellSyntaxError).needMore).toBe(true);
    }
  });
});

describe('lexer: $ forms', () => {
  it('parameters: $name ${name} $1 $? $$ $#', () => {
    const p = parts('$a${b}$1$?$$$#');
    expect(p.map((x) => (x.kind === 'param' ? x.name : '?'))).toEqual(['a', 'b', '1', '?', '$', '#']);
  });

  it('${name op word} keeps operator and word', () => {
    const [p] = parts('${x:-def val}');
    expect(p).toMatchObject({ kind: 'param', name: 'x', op: ':-' });
    expect(p.kind === 'param' && p.arg?.parts).toEqual([{ kind: 'lit', text: 'def val', quoted: false }]);
  });

  it('${#x} is a length, ${a b} is a bad substitution found later', () => {
    expect(parts('${#x}')[0]).toMatchObject({ kind: 'param', name: 'x', op: 'len' });
    expect(parts('${a b}')[0]).toMatchObject({ kind: 'param', bad: true, raw: '${a b}' });
  });

  it('$(...) is parsed into a command list, nested parens and quotes included', () => {
    const [p] = parts('$(echo ")" $(echo x) | cat)');
    expect(p.kind).toBe('cmdsub');
    expect(p.kind === 'cmdsub' && p.body[0].andOr.first.commands.length).toBe(2);
  });

  it('backquotes are command substitution too', () => {
    expect(parts('`echo hi`')[0].kind).toBe('cmdsub');
  });

  it('$((...)) is arithmetic, a lone $ is literal', () => {
    expect(parts('$((1+2))')[0].kind).toBe('arith');
    expect(parts('a$')).toEqual([{ kind: 'lit', text: 'a$', quoted: false }]);
  });

  it('unterminated $( reports the line of end of file', () => {
    try {
      lex('echo $(a\nb');
      expect.unreachable();
    } catch (e) {
      expect((e as ShellSyntaxError).detail).toMatchObject({ kind: 'match', char: ')' });
      expect((e as ShellSyntaxError).line).toBe(3);
    }
  });
});

describe('lexer: here-documents', () => {
  it('reads the body after the newline; unquoted delimiter allows expansion', () => {
    const p = new Parser('cat <<EOF\nhi $x\nEOF\n', { implicitNewline: true, flavor: 'bash' });
    const list = p.nextCommand()!;
    const cmd = list[0].andOr.first.commands[0];
    expect(cmd.type === 'simple' && cmd.redirs[0].heredoc?.parts.map((x) => x.kind)).toEqual(['lit', 'param', 'lit']);
  });

  it('quoted delimiter: body is literal; <<- strips leading tabs', () => {
    const p = new Parser("cat <<-'E'\n\t$x\n\tE\n", { implicitNewline: true, flavor: 'bash' });
    const cmd = p.nextCommand()![0].andOr.first.commands[0];
    expect(cmd.type === 'simple' && cmd.redirs[0].heredoc?.parts).toEqual([{ kind: 'lit', text: '$x\n', quoted: true }]);
  });

  it('a missing delimiter warns like bash and marks the input incomplete', () => {
    const p = new Parser('cat <<EOF\na\nb', { implicitNewline: true, flavor: 'bash' });
    p.nextCommand();
    expect(p.lexer.heredocAtEof).toBe(true);
    expect(p.lexer.warnings).toEqual([{ line: 3, text: "warning: here-document at line 1 delimited by end-of-file (wanted `EOF')" }]);
  });
});
