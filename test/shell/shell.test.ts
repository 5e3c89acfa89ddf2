import { describe, expect, it } from 'vitest';
import { Shell, runBashC } from '../../src/shell/shell';
import type { CommandContext } from '../../src/shell/types';
import { bashC, Capture, interactive, MemFs, opts, registry } from './helpers';

async function runAll(shell: Shell, lines: string[]): Promise<Capture> {
  const out = new Capture();
  for (const l of lines) await shell.run(l, out);
  return out;
}

describe('Shell: state across runs', () => {
  it('keeps variables, $? and cwd between run calls', async () => {
    const shell = new Shell(opts());
    const out = await runAll(shell, ['x=5', 'false', 'echo $x $?', 'cd /tmp', 'pwd']);
    expect(out.stdout).toBe('5 1\n/tmp\n');
    expect(shell.lastStatus).toBe(0);
    expect(shell.cwd).toBe('/tmp');
  });

  it('env holds the exported variables and is live', async () => {
    const shell = new Shell(opts({ env: { HOME: '/root', A: '1' } }));
    await runAll(shell, ['export B=2', 'C=3', 'unset A']);
    expect(shell.env).toEqual({ HOME: '/root', B: '2' });
    shell.env.D = '4';
    expect((await runAll(shell, ['echo $D'])).stdout).toBe('4\n');
  });

  it('pwd: /root on the bash host, / in busybox', async () => {
    expect((await interactive('pwd')).stdout).toBe('/root\n');
    expect((await interactive('pwd', { flavor: 'busybox' })).stdout).toBe('/\n');
  });
});

describe('Shell: commands from the registry', () => {
  it('gets argv, stdin, env (exported + prefix), fs, and its status is $?', async () => {
    let seen: CommandContext | undefined;
    const commands = registry({ probe: (ctx) => { seen = ctx; ctx.write(1, 'out\n'); ctx.write(2, 'err\n'); return 3; } });
    const fs = new MemFs();
    const r = await interactive('export E=1; L=2; echo in | P=x probe "a b" c; echo $?', { commands, fs });
    expect(seen!.argv).toEqual(['probe', 'a b', 'c']);
    expect(seen!.stdin).toBe('in\n');
    expect(seen!.env).toMatchObject({ E: '1', P: 'x' });
    expect(seen!.env.L).toBeUndefined();
    expect(r.all).toBe('out\nerr\n3\n');
  });

  it('async handlers and sleep go through the shell clock', async () => {
    const sleeps: number[] = [];
    const commands = registry({ pause: async (ctx) => { await ctx.sleep(250); return 0; } });
    const r = await interactive('pause; sleep 1.5; sleep 2m', { commands, sleep: async (ms) => { sleeps.push(ms); } });
    expect(r.status).toBe(0);
    expect(sleeps.filter((ms) => ms > 0)).toEqual([250, 1500, 120000]);
  });

  it('a handler that throws gives a one-line message and status 1', async () => {
    const commands = registry({ boom: () => { throw new Error('kaboom\nstack line'); } });
    const r = await interactive('boom; echo after $?', { commands });
    expect(r.all).toBe('bash: boom: internal error: kaboom\nafter 1\n');
    const c = await bashC('boom', { commands });
    expect(c.stderr).toBe('bash: line 1: boom: internal error: kaboom\n');
  });

  it('odd return values count as failure, statuses wrap at 256', async () => {
    const commands = registry({ nan: () => NaN, big: () => 300, str: () => 'x' as unknown as number });
    expect((await interactive('nan; echo $?; big; echo $?; str; echo $?', { commands })).stdout).toBe('1\n44\n1\n');
  });

  it('the registry overrides text tools but not shell builtins', async () => {
    const commands = registry({ cat: (ctx) => { ctx.write(1, 'my cat\n'); return 0; }, echo: () => 9 });
    expect((await interactive('cat x; echo hi', { commands })).stdout).toBe('my cat\nhi\n');
  });

  it('ctx.runLine runs a child shell of the same kind', async () => {
    const commands = registry({
      wrap: async (ctx) => ctx.runLine(ctx.argv.slice(1).join(' '), ctx),
    });
    const r = await interactive('wrap "echo \\$0; nope; exit 4"; echo $?', { commands });
    expect(r.all).toBe('bash\nbash: line 1: nope: command not found\n4\n');
    const b = await interactive('wrap nope', { commands, flavor: 'busybox' });
    expect(b.stderr).toBe('sh: nope: not found\n');
  });

  it('command paths like /usr/bin/docker find the registered command', async () => {
    const commands = registry({ docker: (ctx) => { ctx.write(1, ctx.argv.join(' ') + '\n'); return 0; } });
    expect((await interactive('/usr/bin/docker ps', { commands })).stdout).toBe('/usr/bin/docker ps\n');
  });
});

describe('Shell: not found, exit, interrupts', () => {
  it('command not found, interactive and -c, bash and busybox', async () => {
    expect((await interactive('foo')).stderr).toBe('bash: foo: command not found\n');
    expect((await interactive('foo', { flavor: 'busybox' })).stderr).toBe('sh: foo: not found\n');
    const c = await bashC('echo a\nfoo \\\n bar');
    expect(c.stderr).toBe('bash: line 3: foo: command not found\n');
    expect(c.status).toBe(127);
  });

  it('exit stops the run and sets exitRequested; interactive bash prints exit', async () => {
    const r = await interactive('echo a; exit 3; echo b');
    expect(r.all).toBe('a\nexit\n');
    expect(r.status).toBe(3);
    expect(r.shell.exitRequested).toBe(true);
    const b = await interactive('exit', { flavor: 'busybox' });
    expect(b.all).toBe('');
    expect(b.shell.exitRequested).toBe(true);
  });

  it('exit in a subshell, pipeline or sh -c ends only that part', async () => {
    const r = await interactive('(exit 2); echo $?; exit 5 | cat; echo $?; sh -c "exit 7"; echo $?');
    expect(r.stdout).toBe('2\n0\n7\n');
    expect(r.shell.exitRequested).toBe(false);
  });

  it('exit argument errors', async () => {
    expect((await bashC('exit abc')).stderr).toBe('bash: line 1: exit: abc: numeric argument required\n');
    expect((await bashC('exit 1 2; echo still')).all).toBe('bash: line 1: exit: too many arguments\nstill\n');
    expect((await bashC('exit 256')).status).toBe(0);
    expect((await bashC('false; exit')).status).toBe(1);
  });

  it('interrupted() stops the list between commands with 130', async () => {
    let stop = false;
    const commands = registry({ trip: () => { stop = true; return 0; } });
    const r = await interactive('echo a; trip; echo b', { commands, interrupted: () => stop });
    expect(r.stdout).toBe('a\n');
    expect(r.status).toBe(130);
  });

  it('an endless loop ends when interrupted, as in the runner', async () => {
    let n = 0;
    const r = await interactive('while true; do echo y; done', { interrupted: () => ++n > 50 });
    expect(r.status).toBe(130);
    expect(r.stdout.split('\n').length).toBeGreaterThan(5);
  });

  it('runaway guards: recursion and command budget', async () => {
    expect((await interactive('f() { f; }; f')).stderr).toBe('bash: f: maximum function nesting level exceeded (100)\n');
    expect((await interactive('x=\'eval "$x"\'; eval "$x"')).stderr).toContain('maximum function nesting level exceeded');
    expect((await interactive(`x='sh -c "$x"'; export x; sh -c "$x"`)).stderr).toContain('maximum shell nesting level exceeded (20)');
    const r = await interactive('while :; do :; done');
    expect(r.stderr).toBe('bash: stopped after 250000 commands (runaway loop or recursion?)\n');
    expect(r.status).toBe(1);
  });

  it('syntax errors: interactive bash wording, status 2, earlier lines ran', async () => {
    const r = await interactive('echo a\necho |');
    expect(r.all).toBe('a\nbash: syntax error: unexpected end of file\n');
    expect(r.status).toBe(2);
    expect(r.shell.lastStatus).toBe(2);
  });

  it('runBashC: a fresh shell with bash -c messages', async () => {
    const out = new Capture();
    const status = await runBashC("echo 'x", { ...opts(), out });
    expect(out.stderr).toBe("bash: -c: line 1: unexpected EOF while looking for matching `''\n");
    expect(status).toBe(2);
  });
});

describe('builtins', () => {
  it('echo flags', async () => {
    expect((await bashC("echo -n a; echo -e 'b\\tc'; echo -E 'd\\n'; echo -ne 'e\\c'; echo f; echo -x")).stdout).toBe('ab\tc\nd\\n\nef\n-x\n');
  });

  it('printf formats and reuse', async () => {
    expect((await bashC("printf '%s=%d;' a 1 b 2; printf '\\n%5.1f|%-3s|%03d|%x|%c|%%\\n' 2.25 ab 7 255 xyz")).stdout).toBe('a=1;b=2;\n  2.2|ab |007|ff|x|%\n');
  });

  it('cd errors and cd -', async () => {
    const fs = new MemFs({ '/root/file': 'x' });
    expect((await bashC('cd file', { fs })).stderr).toBe('bash: line 1: cd: file: Not a directory\n');
    expect((await bashC('cd a b')).stderr).toBe('bash: line 1: cd: too many arguments\n');
    expect((await bashC('cd /tmp; cd /; cd -; cd; pwd')).stdout).toBe('/tmp\n/root\n');
  });

  it('export, unset, set --, shift, read', async () => {
    const r = await bashC('export 1a=b; set -- a b c; shift; echo $# $1; read x y <<< "1 2 3"; echo "$x|$y"; unset x; echo "[${x-u}]"');
    expect(r.stderr).toBe("bash: line 1: export: `1a=b': not a valid identifier\n");
    expect(r.stdout).toBe('2 b\n1|2 3\n[u]\n');
  });

  it('functions, local, return, loops with break/continue', async () => {
    const r = await bashC('v=g; f() { local v=l; echo "$v $1"; return 4; }; f x; echo $? $v; for i in 1 2 3 4; do [ $i = 2 ] && continue; [ $i = 4 ] && break; echo $i; done');
    expect(r.stdout).toBe('l x\n4 g\n1\n3\n');
  });

  it('test / [ ]', async () => {
    const fs = new MemFs({ '/root/f': 'x' });
    const r = await bashC('[ -f f ] && echo f; [ -d /tmp ] && echo d; [ -z "" ] && echo z; [ 3 -gt 2 -a a = a ] && echo and; [ 1 -eq x ]; echo $?; [ a = a; echo $?', { fs });
    expect(r.stdout).toBe('f\nd\nz\nand\n2\n2\n');
    expect(r.stderr).toBe("bash: line 1: [: x: integer expression expected\nbash: line 1: [: missing `]'\n");
  });

  it('type, which, command -v know builtins, registry commands and tools', async () => {
    const commands = registry({ docker: () => 0 });
    const r = await bashC('type cd docker grep if; which docker cat cd; command -v echo docker', { commands });
    expect(r.stdout).toBe('cd is a shell builtin\ndocker is /usr/bin/docker\ngrep is /usr/bin/grep\nif is a shell keyword\n/usr/bin/docker\n/usr/bin/cat\necho\n/usr/bin/docker\n');
  });

  it('sh -c / bash -c / sh file / stdin', async () => {
    const fs = new MemFs({ '/root/s.sh': 'echo "script $1"\nexit 3\n' });
    const r = await bashC('bash -c \'echo "$0-$1"\' n a; sh s.sh arg; echo $?; echo "echo from-stdin" | sh; bash -c', { fs });
    expect(r.stdout).toBe('n-a\nscript arg\n3\nfrom-stdin\n');
    expect(r.stderr).toBe('bash: -c: option requires an argument\n');
    const b = await bashC('bash -c true', { flavor: 'busybox' });
    expect(b.stderr).toBe('sh: bash: not found\n');
  });

  it('eval and source run in the current shell', async () => {
    const fs = new MemFs({ '/root/vars.sh': 'A=sourced\n' });
    expect((await bashC('eval "x=1; echo \\$x"; . ./vars.sh; echo $A', { fs })).stdout).toBe('1\nsourced\n');
  });

  it('env and xargs run commands with argv', async () => {
    const r = await bashC('X=1 env | grep ^X=; env Y=2 sh -c \'echo $Y\'; printf "a\\nb\\n" | xargs -n1 echo got');
    expect(r.stdout).toBe('X=1\n2\ngot a\ngot b\n');
  });

  it('sleep needs a valid number', async () => {
    expect((await bashC('sleep x')).stderr).toBe("sleep: invalid time interval ‘x’\nTry 'sleep --help' for more information.\n");
    expect((await bashC('sleep x', { flavor: 'busybox' })).stderr).toBe("sleep: invalid number 'x'\n");
  });

  it('background & runs to completion with status 0', async () => {
    expect((await bashC('false & echo $?')).stdout).toBe('0\n');
  });
});
