/**
 * The order in which the daemon programs a container's port bindings: go-connections' nat.SortPortMap.
 * Its Less is not a strict ordering (two bindings of one tcp port are each "less" than the other), so
 * the result depends on the algorithm: Go's sort.Sort runs an insertion sort on up to 12 entries, which
 * reverses such ties. That is why `-p 127.0.0.1:9000:80 -p 9000:80` binds 0.0.0.0:9000 first and then
 * fails on 127.0.0.1:9000 (recorded in 82-publish-more). Larger lists get the same insertion sort here.
 */
import type { PortBinding } from '../../model/container.ts';

interface Entry {
  port: string;
  binding?: PortBinding;
  // sort keys, computed once: a 1,000-port range sorts in O(n²) comparisons
  num: number;
  host: number;
  tcp: boolean;
}

const num = (port: string) => parseInt(port, 10);
const isTcp = (port: string) => (port.split('/')[1] ?? 'tcp').toLowerCase() === 'tcp';
// nat.ParsePortRange's start, 0 when the host port is empty or not a number
const hostStart = (b?: PortBinding) => (b && /^\d+/.test(b.HostPort) ? parseInt(b.HostPort, 10) : 0);

function less(a: Entry, b: Entry): boolean {
  return a.host > b.host || a.num < b.num || (a.num === b.num && a.tcp);
}

const entry = (port: string, binding?: PortBinding): Entry => ({ port, binding, num: num(port), host: hostStart(binding), tcp: isTcp(port) });

/**
 * ports (in the order the daemon's map gave them; Go's is random, ours is by number) with their
 * bindings, reordered as nat.SortPortMap leaves them
 */
export function sortPortMap(ports: string[], bindings: Record<string, PortBinding[]>): [string, PortBinding[]][] {
  const s: Entry[] = [];
  for (const port of ports) {
    const list = bindings[port] ?? [];
    if (list.length) for (const binding of list) s.push(entry(port, binding));
    else s.push(entry(port));
  }
  for (let i = 1; i < s.length; i++) {
    for (let j = i; j > 0 && less(s[j], s[j - 1]); j--) [s[j], s[j - 1]] = [s[j - 1], s[j]];
  }
  const out = new Map<string, PortBinding[]>();
  for (const { port, binding } of s) {
    const list = out.get(port) ?? out.set(port, []).get(port)!;
    if (binding) list.push(binding);
  }
  return [...out];
}
