/**
 * ping output against the real busybox and iputils ping (fixtures/lab.json "pings", recorded against
 * 127.0.0.1 and unreachable addresses in the lab namespaces), and against the Docker transcripts.
 * The recorded round-trip times are fed back as the engine's result; everything else must match.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatBusyboxPing, formatIputilsPing, parseBusyboxPing, parseIputilsPing } from '../../src/cli/linux/ping.ts';
import type { PingOutput, PingResult } from '../../src/cli/linux/ping.ts';
import { lab } from './fixtures/lab-env.ts';

/** what the engine would have reported for a recorded run */
function resultOf(bb: boolean, stdout: string, stderr: string): PingResult {
  const r: PingResult = { transmitted: 0, replies: [] };
  const head = /^PING \S+ \(([\d.]+)\)/.exec(stdout);
  if (head) r.address = head[1];
  const send = /ping: (?:sendto|connect): (.*)\n/.exec(stderr);
  if (send) {
    r.address = r.address ?? '10.9.9.9';
    r.sendError = send[1];
  }
  const re = bb
    ? /bytes from [\d.]+: seq=(\d+) ttl=(\d+)(?: time=([\d.]+) ms)?/g
    : /bytes from (?:(\S+) \()?[\d.]+\)?: icmp_seq=(\d+) ttl=(\d+)(?: time=([\d.]+) ms)?/g;
  for (const m of stdout.matchAll(re)) {
    const [seq, ttl, t] = bb ? [m[1], m[2], m[3]] : [m[2], m[3], m[4]];
    if (!bb && m[1]) r.replyName = m[1];
    r.replies.push({ seq: +seq, ttl: +ttl, timeMs: t ? +t : 0 });
  }
  const stats = /(\d+) packets transmitted, (\d+)/.exec(stdout);
  if (stats) r.transmitted = +stats[1];
  const rtt = /= ([\d.]+)\/[\d.]+\/([\d.]+)/.exec(stdout);
  if (rtt && r.replies.length === 0 && stats && +stats[2] > 0) {
    // -q: only min and max are known; two replies reproduce them (and the average of two)
    r.replies.push({ seq: 0, ttl: 64, timeMs: +rtt[1] }, { seq: 1, ttl: 64, timeMs: +rtt[2] });
  }
  const time = /time (\d+)ms/.exec(stdout);
  if (time) r.elapsedMs = +time[1];
  return r;
}

function render(o: PingOutput) {
  return {
    stdout: o.chunks.filter((c) => c.fd === 1).map((c) => c.text).join(''),
    stderr: o.chunks.filter((c) => c.fd === 2).map((c) => c.text).join(''),
    exit: o.exit,
  };
}

describe('ping against the real tools', () => {
  for (const run of (lab as any).pings as { argv: string[]; stdout: string; stderr: string; exit: number }[]) {
    it(run.argv.join(' '), () => {
      const bb = run.argv[0] === 'busybox';
      const argv = bb ? run.argv.slice(1) : run.argv;
      const parsed = bb ? parseBusyboxPing(argv) : parseIputilsPing(argv);
      if (!parsed.ok) {
        expect({ stdout: '', stderr: parsed.stderr, exit: parsed.exit }).toEqual({ stdout: run.stdout, stderr: run.stderr, exit: run.exit });
        return;
      }
      const got = render((bb ? formatBusyboxPing : formatIputilsPing)(parsed.opts, resultOf(bb, run.stdout, run.stderr)));
      got.stderr = (parsed.warnings ?? '') + got.stderr;
      expect(got).toEqual({ stdout: run.stdout, stderr: run.stderr, exit: run.exit });
    });
  }
});

describe('busybox ping in the Docker transcripts', () => {
  const ok = (host: string, address: string, times: number[], ttl = 64): PingResult => ({
    address,
    transmitted: times.length,
    replies: times.map((t, i) => ({ seq: i, ttl, timeMs: t })),
  });
  const run = (line: string, r: PingResult) => {
    const p = parseBusyboxPing(line.split(' '));
    if (!p.ok) throw new Error(p.stderr);
    return render(formatBusyboxPing(p.opts, r));
  };

  it('14: ping -c 2 alpine2', () => {
    expect(run('ping -c 2 alpine2', ok('alpine2', '172.18.0.3', [0.139, 0.092]))).toEqual({
      stdout:
        'PING alpine2 (172.18.0.3): 56 data bytes\n' +
        '64 bytes from 172.18.0.3: seq=0 ttl=64 time=0.139 ms\n' +
        '64 bytes from 172.18.0.3: seq=1 ttl=64 time=0.092 ms\n' +
        '\n--- alpine2 ping statistics ---\n' +
        '2 packets transmitted, 2 packets received, 0% packet loss\n' +
        'round-trip min/avg/max = 0.092/0.115/0.139 ms\n',
      stderr: '',
      exit: 0,
    });
  });

  it('67: ping -c 2 172.17.0.1 (average rounds down) and ttl 63 through the host', () => {
    expect(run('ping -c 2 172.17.0.1', ok('', '172.17.0.1', [0.41, 0.127])).stdout).toContain('round-trip min/avg/max = 0.127/0.268/0.410 ms\n');
    expect(run('ping -c 1 -W 1 192.0.2.1', ok('', '192.0.2.1', [0.345], 63)).stdout).toContain('64 bytes from 192.0.2.1: seq=0 ttl=63 time=0.345 ms\n');
  });

  it('16: 100% packet loss, exit 1', () => {
    expect(run('ping -c 1 -W 1 172.17.0.2', { address: '172.17.0.2', transmitted: 1, replies: [] })).toEqual({
      stdout: 'PING 172.17.0.2 (172.17.0.2): 56 data bytes\n\n--- 172.17.0.2 ping statistics ---\n1 packets transmitted, 0 packets received, 100% packet loss\n',
      stderr: '',
      exit: 1,
    });
  });

  it("14: ping: bad address 'nosuchhost'", () => {
    expect(run('ping -c 1 -W 1 nosuchhost', { transmitted: 0, replies: [] })).toEqual({ stdout: '', stderr: "ping: bad address 'nosuchhost'\n", exit: 1 });
  });

  it('28: --network none: ping: sendto: Network is unreachable', () => {
    expect(run('ping -c 1 -W 1 172.17.0.1', { address: '172.17.0.1', sendError: 'Network is unreachable', transmitted: 0, replies: [] })).toEqual({
      stdout: 'PING 172.17.0.1 (172.17.0.1): 56 data bytes\n',
      stderr: 'ping: sendto: Network is unreachable\n',
      exit: 1,
    });
  });

  it('replies are paced one interval apart', () => {
    const p = parseBusyboxPing(['ping', '-c', '2', '-i', '0.5', 'x']);
    if (!p.ok) throw new Error();
    const out = formatBusyboxPing(p.opts, ok('x', '10.0.0.1', [0.1, 0.2]));
    expect(out.chunks.map((c) => c.delayMs ?? 0)).toEqual([0, 0, 500, 0]);
  });
});

describe('every ping of the Docker transcripts', () => {
  const dir = new URL('./fixtures/transcripts/', import.meta.url);
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
    const text = readFileSync(new URL(file, dir), 'utf8');
    const parts = text.split(/^\$ (.*)\n/m);
    for (let i = 1; i < parts.length; i += 2) {
      const cmd = parts[i];
      const m = /(?:^|\s)(ping .*)$/.exec(cmd);
      if (!m || /docker (network|inspect)/.test(cmd)) continue;
      const body = parts[i + 1];
      const exit = Number(/\[exit (\d+)\]\n?$/.exec(body)![1]);
      const shown = body.replace(/\[exit \d+\]\n?$/, '');
      if (exit === 127) continue; // the host had no ping installed in older recordings
      const bb = cmd.startsWith('docker ');
      it(`${file}: ${cmd}`, () => {
        const argv = m[1].split(' ');
        const parsed = bb ? parseBusyboxPing(argv) : parseIputilsPing(argv);
        if (!parsed.ok) throw new Error(parsed.stderr);
        const errLine = /^ping: .*\n/m.exec(shown)?.[0] ?? '';
        const out = (bb ? formatBusyboxPing : formatIputilsPing)(parsed.opts, resultOf(bb, shown.replace(errLine, ''), errLine));
        expect({ out: out.chunks.map((c) => c.text).join(''), exit: out.exit }).toEqual({ out: shown, exit });
      });
    }
  }
});
