/**
 * Compares the shell and its text tools with what real bash 5.2 + GNU tools (+ mawk) and
 * BusyBox 1.35 printed for the same command lines (fixtures/expected.json, recorded by
 * fixtures/generate.mjs on a machine that has both).
 */
import { describe, expect, it } from 'vitest';
import expected from './fixtures/expected.json';
import files from './fixtures/files.json';
import { bashC, MemFs } from './helpers';

interface Case { cmd: string; flavor: 'bash' | 'busybox'; stdout: string; stderr: string; status: number }

/** differences we accept on purpose (each says why) */
const SKIP: Record<string, string> = {
  'busybox:which cat nope; echo $?': 'busybox which printed the test machine PATH',
  'busybox:type echo cd cat nope; echo $?': 'busybox type printed the test machine PATH',
  'busybox:command -v echo cat nope; echo $?': 'busybox command -v printed the test machine PATH',
  'bash:sh -c \'nope\'; echo $?': 'the real host sh is dash; here sh is the same bash-flavored shell',
  'bash:awk \'{print $1}\' nope; echo $?': 'mawk reports the open failure before the buffered output',
  'bash:wc - < fruits.txt': 'GNU wc sizes columns from a redirected regular file; a command only sees stdin text',
  'busybox:awk \'BEGIN { print 1 == 1.0, "a" < "b", "10" < "9", 10 < 9, 2^10, 7 % 3, -7 % 3, 1/4 }\'':
    "Debian's busybox awk lacks math support (Alpine's has it); we compute ^",
};

/** busybox applets print their whole --help text on usage errors; we print the first lines */
function normalizeBusyboxUsage(s: string): string {
  return s.replace(/BusyBox v[^\n]*multi-call binary\.\n\nUsage: [^\n]*\n[\s\S]*?(?=\n[^\t\n ][^\n]*$|$)/, 'BUSYBOX-USAGE');
}

function fsFor(cwd: string): MemFs {
  const init: Record<string, string> = {};
  for (const [name, text] of Object.entries(files as Record<string, string>)) init[`${cwd}/${name}`] = text;
  return new MemFs(init);
}

describe('matches real bash / busybox output', () => {
  const { cwd, cases } = expected as { cwd: string; cases: Case[] };
  for (const c of cases) {
    const key = `${c.flavor}:${c.cmd}`;
    const run = SKIP[key] ? it.skip : it;
    run(`${c.flavor}: ${c.cmd}`, async () => {
      const r = await bashC(c.cmd, { flavor: c.flavor, fs: fsFor(cwd), cwd, env: { HOME: '/root', PATH: '/usr/bin:/bin' } });
      const norm = c.flavor === 'busybox' ? normalizeBusyboxUsage : (s: string) => s;
      expect({ stdout: r.stdout, stderr: norm(r.stderr), status: r.status }).toEqual({
        stdout: c.stdout,
        stderr: norm(c.stderr),
        status: c.status,
      });
    });
  }
});
