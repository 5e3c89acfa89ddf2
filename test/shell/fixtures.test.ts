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

/**
 * differences we accept on purpose: each says why, and what we print instead is asserted, so a
 * change to either side is noticed
 */
const DIVERGES: Record<string, { why: string; ours: { stdout: string; stderr: string; status: number } }> = {
  "busybox:which cat nope; echo $?": {
    why: "busybox which printed the recording machine's PATH; here cat is /bin/cat",
    ours: { stdout: "/bin/cat\n1\n", stderr: "", status: 0 },
  },
  "busybox:type echo cd cat nope; echo $?": {
    why: "busybox type printed the recording machine's PATH; here cat is /bin/cat",
    ours: { stdout: "echo is a shell builtin\ncd is a shell builtin\ncat is /bin/cat\nnope: not found\n127\n", stderr: "", status: 0 },
  },
  "bash:sh -c 'nope'; echo $?": {
    why: "the real host sh is dash; here sh is the same bash-flavored shell",
    ours: { stdout: "127\n", stderr: "sh: line 1: nope: command not found\n", status: 0 },
  },
  "bash:wc - < fruits.txt": {
    why: "GNU wc sizes columns from a redirected regular file; a command only sees stdin text",
    ours: { stdout: "      6       6      38 -\n", stderr: "", status: 0 },
  },
  "busybox:awk 'BEGIN { print 1 == 1.0, \"a\" < \"b\", \"10\" < \"9\", 10 < 9, 2^10, 7 % 3, -7 % 3, 1/4 }'": {
    why: "Debian's busybox awk lacks math support (Alpine's has it); we compute ^",
    ours: { stdout: "1 1 1 0 1024 1 -1 0.25\n", stderr: "", status: 0 },
  },
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
    const diverges = DIVERGES[key];
    it(`${c.flavor}: ${c.cmd}${diverges ? ` (differs on purpose: ${diverges.why})` : ''}`, async () => {
      const r = await bashC(c.cmd, { flavor: c.flavor, fs: fsFor(cwd), cwd, env: { HOME: '/root', PATH: '/usr/bin:/bin' } });
      const norm = c.flavor === 'busybox' ? normalizeBusyboxUsage : (s: string) => s;
      const got = { stdout: r.stdout, stderr: norm(r.stderr), status: r.status };
      if (diverges) {
        expect(got).not.toEqual({ stdout: c.stdout, stderr: norm(c.stderr), status: c.status });
        expect(got).toEqual({ ...diverges.ours, stderr: norm(diverges.ours.stderr) });
      } else {
        expect(got).toEqual({ stdout: c.stdout, stderr: norm(c.stderr), status: c.status });
      }
    });
  }
});
