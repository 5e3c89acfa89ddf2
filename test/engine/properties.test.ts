/**
 * Property tests: random command sequences (valid and invalid) never crash the engine, never
 * break its invariants, serialize losslessly, and replay to the same transcript from the same seed.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { HostSession } from '../../src/cli/session.ts';
import { Engine } from '../../src/engine/engine.ts';
import { runTranscript } from '../../src/runner/transcript.ts';
import { checkInvariants } from './invariants.ts';

const nets = ['n1', 'n2', 'bridge', 'host', 'none', 'ghost'];
const ctrs = ['c1', 'c2', 'c3', 'x'];

const command = fc.oneof(
  fc.tuple(fc.constantFrom(...nets), fc.constantFrom('', '--subnet 10.1.0.0/24', '--subnet 10.1.0.0/24 --ip-range 10.1.0.128/25', '--internal', '-d macvlan', '--subnet bad')).map(
    ([n, o]) => `docker network create ${o} ${n}`,
  ),
  fc.constantFrom(...nets).map((n) => `docker network rm ${n}`),
  fc.tuple(fc.constantFrom(...ctrs), fc.constantFrom(...nets, 'container:c1'), fc.constantFrom('', '-p 8080:80', '-P', '--ip 10.1.0.9', '--network-alias db', '--link c1:one'), fc.constantFrom('alpine ash', 'nginx', 'busybox sleep 3', 'busybox true', 'nosuch')).map(
    ([c, n, o, img]) => `docker run -dit --name ${c} --network ${n} ${o} ${img}`,
  ),
  fc.tuple(fc.constantFrom('connect', 'disconnect'), fc.constantFrom(...nets), fc.constantFrom(...ctrs)).map(([v, n, c]) => `docker network ${v} ${n} ${c}`),
  fc.tuple(fc.constantFrom('stop', 'start', 'rm -f', 'restart', 'rm'), fc.constantFrom(...ctrs)).map(([v, c]) => `docker ${v} ${c}`),
  fc.tuple(fc.constantFrom(...ctrs), fc.constantFrom(...ctrs, '172.17.0.2', '10.1.0.9', '192.0.2.1')).map(([a, b]) => `docker exec ${a} ping -c 1 -W 1 ${b}`),
  fc.constantFrom('docker network prune -f', 'docker ps -a', 'docker network ls', 'ip addr', 'sleep 2', 'docker port c1', 'curl -s -m 1 localhost:8080'),
  fc.string({ maxLength: 30 }),
);

/** words learners type, glued at random: the runner must answer every line without crashing */
const WORDS = [
  'docker', 'network', 'create', 'connect', 'disconnect', 'rm', 'run', '-d', '-dit', '--name', 'c1', 'c2', 'n1', '--network',
  '--ip', '10.1.0.5', '-p', '8080:80', 'alpine', 'nginx', 'ash', 'ping', '-c', '1', 'inspect', '-f', '{{json .}}', 'exec',
  'ps', '-a', 'port', 'ip', 'addr', 'route', 'iptables', '-S', 'brctl', 'show', 'sysctl', '-w', 'net.ipv4.ip_forward=0',
  'curl', '-s', 'localhost:8080', 'nslookup', '|', 'grep', '&&', ';', '$(docker ps -q)', '--subnet', '10.1.0.0/24',
  '--internal', '-o', 'parent=eth0', '--link', 'c1:db', '--rm', 'stop', 'start', 'logs', 'attach', '-it', 'sh', 'netns',
  'add', 'exec', '--ipv6', 'fd00::/64', '--config-only', '--config-from', 'fe80::1', '::', '-6',
];

describe('engine properties', () => {
  it('word soup never crashes a command', async () => {
    const line = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 8 }).map((a) => a.join(' '));
    await fc.assert(
      fc.asyncProperty(fc.array(line, { minLength: 1, maxLength: 20 }), async (lines) => {
        const s = new HostSession({ seed: 'soup' });
        for (const l of lines) {
          let out = '';
          await s.runLine(l, { write: (_fd, t) => (out += t) }, { budgetMs: 3000 });
          expect(out, l).not.toMatch(/internal error|TypeError|ReferenceError|RangeError|\(reading '/);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('random command sequences never throw and keep the invariants', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(command, { minLength: 1, maxLength: 25 }), async (lines) => {
        const s = new HostSession({ seed: 'prop' });
        for (const line of lines) {
          let out = '';
          const { status } = await s.runLine(line, { write: (_fd, t) => (out += t) }, { budgetMs: 5000 });
          expect(typeof status).toBe('number');
          expect(out).not.toMatch(/internal error|TypeError|ReferenceError|at .*\.ts:\d+/);
          expect(checkInvariants(s.engine)).toEqual([]);
        }
        expect(Engine.restore(s.engine.serialize()).serialize()).toBe(s.engine.serialize());
      }),
      { numRuns: 60 },
    );
  });

  it('the same seed and commands give the same transcript', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(command, { minLength: 1, maxLength: 12 }), fc.integer(), async (lines, seed) => {
        const script = lines.map((l) => l.replace(/\n/g, ' ')).join('\n');
        const a = await runTranscript(script, { seed });
        const b = await runTranscript(script, { seed });
        expect(a).toBe(b);
      }),
      { numRuns: 25 },
    );
  });
});
