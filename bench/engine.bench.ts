/**
 * npm run bench — latency of the commands learners type, at 10, 1,000 and 10,000 containers,
 * plus bulk creation, a big inspect and memory per container. Figures go to stdout as a table.
 */
import { HostSession } from '../src/cli/session.ts';
import { createNetwork } from '../src/engine/daemon/network-ops.ts';
import { createContainer, startContainer } from '../src/engine/daemon/container-ops.ts';
import type { Engine } from '../src/engine/engine.ts';

const sink = { write: () => {} };

function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}

/** engine-level bulk setup: n containers spread over `nets` networks */
function populate(e: Engine, n: number, nets: number): void {
  for (let i = 0; i < nets; i++) {
    createNetwork(e, { name: `net${i}`, ipamConfig: [{ Subnet: `10.${i}.0.0/16` }] });
  }
  for (let i = 0; i < n; i++) {
    const { container } = createContainer(e, {
      name: `c${i}`, image: 'alpine', cmd: ['ash'], tty: true, openStdin: true, env: [], exposedPorts: [],
      networkMode: `net${i % nets}`, portBindings: {}, publishAllPorts: false, dns: [], dnsSearch: [], dnsOptions: [],
      extraHosts: [], links: [], autoRemove: false,
    });
    startContainer(e, container);
    container.longRunning = true;
  }
}

async function time(s: HostSession, line: string): Promise<number> {
  const t0 = performance.now();
  await s.runLine(line, sink);
  return performance.now() - t0;
}

async function latencies(size: number): Promise<Record<string, number[]>> {
  const nets = Math.max(1, Math.min(100, Math.ceil(size / 100)));
  const s = new HostSession({ seed: 'bench' });
  populate(s.engine, size, nets);
  const out: Record<string, number[]> = { 'network create': [], 'run -d --network': [], 'network connect': [], 'network inspect': [], 'exec ping': [] };
  // warm the JIT on throw-away work first, as a page that has been used for a while would be
  for (let i = 0; i < 40; i++) {
    await s.runLine(`docker network inspect net0`, sink);
    await s.runLine(`docker exec c0 ping -c 1 -W 1 c1`, sink);
    await s.runLine(`docker run -dit --name w${i} --network net0 alpine ash`, sink);
  }
  const reps = 200;
  for (let i = 0; i < reps; i++) {
    out['network create'].push(await time(s, `docker network create --subnet 10.200.${i}.0/24 bench${i}`));
    out['run -d --network'].push(await time(s, `docker run -dit --name r${i} --network net${i % nets} alpine ash`));
    out['network connect'].push(await time(s, `docker network connect bench${i} r${i}`));
    out['network inspect'].push(await time(s, `docker network inspect net0`));
    out['exec ping'].push(await time(s, `docker exec r${i} ping -c 1 -W 1 c${i % size}`));
  }
  return out;
}

async function main(): Promise<void> {
  const rows: string[] = ['command                 containers   p50 ms   p99 ms'];
  for (const size of [10, 1000, 10000]) {
    const l = await latencies(size);
    for (const [k, xs] of Object.entries(l)) {
      rows.push(`${k.padEnd(24)}${String(size).padStart(10)}${pct(xs, 50).toFixed(3).padStart(9)}${pct(xs, 99).toFixed(3).padStart(9)}`);
    }
  }
  console.log(rows.join('\n'));

  // bulk: 10,000 containers on 100 networks, through the engine API
  const s = new HostSession({ seed: 'bulk' });
  const gcBefore = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  populate(s.engine, 10_000, 100);
  const bulkMs = performance.now() - t0;
  const heapAfter = process.memoryUsage().heapUsed;
  console.log(`\n10,000 containers on 100 networks created in ${bulkMs.toFixed(0)} ms`);
  console.log(`memory per running container: ${((heapAfter - gcBefore) / 10_000 / 1024).toFixed(1)} KB (heap delta, includes endpoints and sandboxes)`);

  // inspect of a network with 1,000 endpoints
  const big = new HostSession({ seed: 'big' });
  populate(big.engine, 1000, 1);
  for (let i = 0; i < 20; i++) await time(big, 'docker network inspect net0');
  const ts: number[] = [];
  for (let i = 0; i < 50; i++) ts.push(await time(big, 'docker network inspect net0'));
  console.log(`network inspect with 1,000 endpoints: p50 ${pct(ts, 50).toFixed(2)} ms, p99 ${pct(ts, 99).toFixed(2)} ms`);
}

main();
