import { describe, expect, it } from 'vitest';
import { bashC, interactive, MemFs, registry } from './helpers';

describe('pipes', () => {
  it('each command gets the whole output of the previous one', async () => {
    const seen: string[] = [];
    const commands = registry({
      gen: (ctx) => { ctx.write(1, 'l1\nl2\n'); return 0; },
      spy: (ctx) => { seen.push(ctx.stdin); ctx.write(1, ctx.stdin.toUpperCase()); return 0; },
    });
    const r = await bashC('gen | spy | spy', { commands });
    expect(seen).toEqual(['l1\nl2\n', 'L1\nL2\n']);
    expect(r.stdout).toBe('L1\nL2\n');
  });

  it('stderr of every stage goes straight to the terminal, in order', async () => {
    const r = await bashC('echo a; nope | echo b');
    expect(r.all).toBe('a\nbash: line 1: nope: command not found\nb\n');
  });

  it('status is the last command, ! negates', async () => {
    expect((await bashC('false | true')).status).toBe(0);
    expect((await bashC('true | false')).status).toBe(1);
    expect((await bashC('! true | false')).status).toBe(0);
  });

  it('|& also pipes stderr', async () => {
    expect((await bashC('nope |& tr a-z A-Z')).stdout).toBe('BASH: LINE 1: NOPE: COMMAND NOT FOUND\n');
  });

  it('every stage runs in a subshell', async () => {
    expect((await bashC('x=1; x=2 | true; echo x | read x; echo $x')).stdout).toBe('1\n');
  });
});

describe('redirections', () => {
  it('> creates and truncates, >> appends', async () => {
    const fs = new MemFs({ '/root/f': 'old\n' });
    await bashC('echo one > f; echo two >> f; echo three >> /root/g', { fs });
    expect(fs.files.get('/root/f')).toBe('one\ntwo\n');
    expect(fs.files.get('/root/g')).toBe('three\n');
  });

  it('2> and 2>&1 ordering', async () => {
    const fs = new MemFs();
    const r = await bashC('nope 2>/e; nope >/o 2>&1; nope 2>&1 >/o2', { fs });
    expect(fs.files.get('/e')).toBe('bash: line 1: nope: command not found\n');
    expect(fs.files.get('/o')).toBe('bash: line 1: nope: command not found\n');
    expect(fs.files.get('/o2')).toBe('');
    // 2>&1 first: stderr goes where stdout pointed then (the terminal's stdout)
    expect(r.stdout).toBe('bash: line 1: nope: command not found\n');
    expect(r.stderr).toBe('');
  });

  it('/dev/null always exists; &> sends both streams', async () => {
    const fs = new MemFs();
    const r = await bashC('echo out >/dev/null; nope 2>/dev/null; nope &>/dev/null; cat /dev/null; echo x &> /both; nope &>> /both', { fs });
    expect(r.all).toBe('');
    expect(fs.files.get('/both')).toBe('x\nbash: line 1: nope: command not found\n');
    expect(fs.files.has('/dev/null')).toBe(false);
  });

  it('>&2 and /dev/stderr', async () => {
    const r = await bashC('echo a >&2; echo b > /dev/stderr; echo c 1>&2 2>/dev/null');
    expect(r.stderr).toBe('a\nb\nc\n');
    expect(r.stdout).toBe('');
  });

  it('< reads a file; a missing one stops the command', async () => {
    const fs = new MemFs({ '/root/in': 'x y\n' });
    expect((await bashC('tr a-z A-Z < in', { fs })).stdout).toBe('X Y\n');
    const r = await bashC('echo never < missing; echo $?', { fs });
    expect(r.stderr).toBe('bash: line 1: missing: No such file or directory\n');
    expect(r.stdout).toBe('1\n');
  });

  it('a write error stops the command (bash and busybox wording)', async () => {
    let r = await bashC('echo a > /nodir/x; echo $?');
    expect(r.all).toBe('bash: line 1: /nodir/x: No such file or directory\n1\n');
    r = await bashC('echo a > /nodir/x; echo $?', { flavor: 'busybox' });
    expect(r.all).toBe("sh: can't create /nodir/x: nonexistent directory\n1\n");
    r = await interactive('echo a > /etc');
    expect(r.stderr).toBe('bash: /etc: Is a directory\n');
  });

  it('ambiguous redirect and bad file descriptor', async () => {
    expect((await bashC('f="a b"; echo x > $f')).stderr).toBe('bash: line 1: $f: ambiguous redirect\n');
    expect((await bashC('echo x >&7')).stderr).toBe('bash: line 1: 7: Bad file descriptor\n');
  });

  it('here-documents and here-strings feed stdin', async () => {
    const r = await bashC("x=5; cat <<EOF\nv=$x\nEOF\ncat <<'E'\nv=$x\nE\ncat <<< \"hs $x\"");
    expect(r.stdout).toBe('v=5\nv=$x\nhs 5\n');
  });

  it('redirections on compound commands', async () => {
    const fs = new MemFs({ '/root/list': 'a\nb\n' });
    const r = await bashC('{ echo 1; echo 2; } > out; while read l; do echo "<$l>"; done < list; cat out', { fs });
    expect(r.stdout).toBe('<a>\n<b>\n1\n2\n');
  });

  it('relative paths follow cd', async () => {
    const fs = new MemFs();
    await bashC('cd /tmp/x; echo hi > f; cd ..; echo up > g', { fs });
    expect([...fs.files.keys()].sort()).toEqual(['/tmp/g', '/tmp/x/f']);
  });

  it('commands see the same resolved filesystem', async () => {
    const fs = new MemFs({ '/srv/a.txt': 'hello\n' });
    const commands = registry({ readit: (ctx) => { ctx.write(1, ctx.fs.read(ctx.argv[1]) ?? 'null\n'); return 0; } });
    expect((await bashC('cd /srv; readit a.txt; readit /dev/null; readit ../srv/a.txt', { fs, commands })).stdout).toBe('hello\nhello\n');
  });
});
