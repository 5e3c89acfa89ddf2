/**
 * Port publishing for bridge endpoints (20.10): for every exposed port with bindings, allocate a host
 * port per binding and address family, start a userland proxy (a listening socket on the host) and add
 * the DNAT/ACCEPT rules. Ephemeral ports that a proxy cannot bind are retried, as the driver does.
 */
import type { Engine } from '../../engine.ts';
import type { Container, PortBinding } from '../../model/container.ts';
import type { Proxy } from '../../model/state.ts';
import { PortAllocError, releasePort, requestPort } from '../../portmapper/port-allocator.ts';
import { programPort, revokePort } from './iptables-rules.ts';
import { DaemonError } from '../../daemon/errors.ts';
import { sortPortMap } from './port-order.ts';

const MAX_ATTEMPTS = 10;

/**
 * exposed ports by number ascending, tcp first on ties: our stand-in for Go's map order, which varies
 * from run to run; ascending is what the engine gave in recordings 22 and 64 (sortPortMap then reverses it)
 */
function byNumber(ports: string[]): string[] {
  const num = (p: string) => parseInt(p, 10);
  const proto = (p: string) => p.split('/')[1] ?? 'tcp';
  return [...ports].sort((a, b) => num(a) - num(b) || (proto(a) === 'tcp' ? -1 : proto(b) === 'tcp' ? 1 : 0));
}

function isV6(ip: string): boolean {
  return ip.includes(':');
}

function proxyConflict(proxies: Proxy[], proto: string, ip: string, port: number): boolean {
  const any = isV6(ip) ? '::' : '0.0.0.0';
  return proxies.some(
    (p) =>
      p.proto === proto &&
      p.hostPort === port &&
      isV6(p.hostIp) === isV6(ip) &&
      (p.hostIp === ip || p.hostIp === any || ip === any),
  );
}

interface Wanted {
  port: string;
  hostIp: string;
  start: number;
  end: number;
}

/** the bindings to make: explicit ones, and for -P every exposed port without one */
function wantedBindings(c: Container, defaultIp: string): Wanted[] {
  const all = new Set<string>([...c.config.exposedPorts, ...Object.keys(c.hostConfig.portBindings)]);
  const out: Wanted[] = [];
  for (const [port, sorted] of sortPortMap(byNumber([...all]), c.hostConfig.portBindings)) {
    let bindings: PortBinding[] = sorted;
    if (bindings.length === 0 && c.hostConfig.publishAllPorts) bindings = [{ HostIp: '', HostPort: '' }];
    for (const b of bindings) {
      const [s, e] = b.HostPort ? b.HostPort.split('-').map(Number) : [0, 0];
      const range = { start: s, end: e ?? s };
      if (b.HostIp) {
        out.push({ port, hostIp: b.HostIp, ...range });
      } else {
        // no host IP: every IPv4 and every IPv6 address
        out.push({ port, hostIp: defaultIp, ...range });
        if (defaultIp === '0.0.0.0') out.push({ port, hostIp: '::', ...range });
      }
    }
  }
  return out;
}

export function publishPorts(
  e: Engine,
  c: Container,
  containerIp: string,
  bridge: string,
  defaultIp: string,
  endpointId: string,
): void {
  const d = e.state.daemon;
  const made: Proxy[] = [];
  try {
    for (const w of wantedBindings(c, defaultIp)) {
      const [cport, proto = 'tcp'] = w.port.split('/');
      let hostPort = 0;
      for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
        const p = requestPort(d.ports, w.hostIp, proto, w.start, w.end);
        if (!proxyConflict(d.proxies, proto, w.hostIp, p)) {
          hostPort = p;
          break;
        }
        releasePort(d.ports, w.hostIp, proto, p);
        if (w.start !== 0 && w.start === w.end) {
          const host = isV6(w.hostIp) ? `[${w.hostIp}]` : w.hostIp;
          throw new PortAllocError(
            `Error starting userland proxy: listen ${proto}${isV6(w.hostIp) ? '6' : '4'} ${host}:${p}: bind: address already in use`,
          );
        }
      }
      if (!hostPort) throw new PortAllocError('all ports are allocated');
      const proxy: Proxy = { proto, hostIp: w.hostIp, hostPort, containerIp, containerPort: Number(cport), containerId: c.id };
      d.proxies.push(proxy);
      made.push(proxy);
      (c.ports[w.port] ??= []).push({ HostIp: w.hostIp, HostPort: String(hostPort) });
      if (!isV6(w.hostIp)) programPort(e.state.host.iptables, { ...proxy, bridge });
    }
  } catch (err) {
    for (const p of made) unpublishOne(e, p, bridge);
    c.ports = {};
    if (err instanceof PortAllocError) {
      throw new DaemonError(
        `driver failed programming external connectivity on endpoint ${c.name} (${endpointId}): ${err.message}`,
      );
    }
    throw err;
  }
}

function unpublishOne(e: Engine, p: Proxy, bridge: string): void {
  const d = e.state.daemon;
  releasePort(d.ports, p.hostIp, p.proto, p.hostPort);
  d.proxies = d.proxies.filter((x) => x !== p);
  if (!isV6(p.hostIp)) revokePort(e.state.host.iptables, { ...p, bridge });
}

export function unpublishPorts(e: Engine, c: Container, bridge: string): void {
  for (const p of e.state.daemon.proxies.filter((x) => x.containerId === c.id)) unpublishOne(e, p, bridge);
}
