/** `-p` / `--expose` parsing as docker/go-connections nat (20.10 vendored copy, capitalised errors). */
import { isIPv4, isIPv6 } from '../../../engine/ipam/ipv4.ts';
import type { PortBinding } from '../../../engine/model/container.ts';

export class PortSpecError extends Error {}

function splitParts(raw: string): [string, string, string] {
  const parts = raw.split(':');
  const n = parts.length;
  const c = parts[n - 1];
  if (n === 1) return ['', '', c];
  if (n === 2) return ['', parts[0], c];
  if (n === 3) return [parts[0], parts[1], c];
  return [parts.slice(0, n - 2).join(':'), parts[n - 2], c];
}

export function splitProtoPort(raw: string): [string, string] {
  const parts = raw.split('/');
  if (raw.length === 0 || parts[0].length === 0) return ['', ''];
  if (parts.length === 1) return ['tcp', raw];
  if (parts[1].length === 0) return ['tcp', parts[0]];
  return [parts[1], parts[0]];
}

/** ParseUintRange for 16-bit ports: `80` or `8000-8010` */
export function parsePortRange(s: string): [number, number] | null {
  if (!s) return null;
  const m = /^(\d+)(?:-(\d+))?$/.exec(s);
  if (!m) return null;
  const a = Number(m[1]);
  const b = m[2] === undefined ? a : Number(m[2]);
  if (a > 65535 || b > 65535 || b < a) return null;
  return [a, b];
}

export interface PortMapping {
  port: string;
  binding: PortBinding;
}

export function parsePortSpec(raw: string): PortMapping[] {
  const [rawIp, hostPortIn, cPortRaw] = splitParts(raw);
  const [proto, containerPort] = splitProtoPort(cPortRaw);
  const ip = rawIp.replace(/^\[(.*)\]$/, '$1');
  if (ip && !isIPv4(ip) && !isIPv6(ip)) throw new PortSpecError(`Invalid ip address: ${ip}`);
  if (containerPort === '') throw new PortSpecError(`No port specified: ${raw}<empty>`);
  const cr = parsePortRange(containerPort);
  if (!cr) throw new PortSpecError(`Invalid containerPort: ${containerPort}`);
  let hr: [number, number] = [0, 0];
  if (hostPortIn) {
    const h = parsePortRange(hostPortIn);
    if (!h) throw new PortSpecError(`Invalid hostPort: ${hostPortIn}`);
    hr = h;
  }
  if (hostPortIn && cr[1] - cr[0] !== hr[1] - hr[0] && cr[1] !== cr[0]) {
    throw new PortSpecError(`Invalid ranges specified for container and host Ports: ${containerPort} and ${hostPortIn}`);
  }
  const p = proto.toLowerCase();
  if (!['tcp', 'udp', 'sctp'].includes(p)) throw new PortSpecError(`Invalid proto: ${proto}`);
  const out: PortMapping[] = [];
  for (let i = 0; i <= cr[1] - cr[0]; i++) {
    let hostPort = hostPortIn ? String(hr[0] + i) : '';
    if (cr[0] === cr[1] && hr[0] !== hr[1]) hostPort = `${hostPort}-${hr[1]}`;
    out.push({ port: `${cr[0] + i}/${p}`, binding: { HostIp: ip, HostPort: hostPort } });
  }
  return out;
}

/** --expose 80, --expose 7000-7002/udp */
export function parseExpose(raw: string): string[] {
  const [proto, port] = splitProtoPort(raw);
  const r = parsePortRange(port);
  if (!r) throw new PortSpecError(`invalid range format for --expose: ${raw}, error: strconv.ParseUint: parsing "${port}": invalid syntax`);
  const out: string[] = [];
  for (let p = r[0]; p <= r[1]; p++) out.push(`${p}/${proto}`);
  return out;
}
