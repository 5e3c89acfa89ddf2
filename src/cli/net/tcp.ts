/**
 * TCP connections through the simulated data plane, and what answers them: busybox httpd in a
 * container (the recording host's nginx and redis are httpd too), docker-proxy on the host.
 */
import type { Engine } from '../../engine/engine.ts';
import { findPath, hasLocalAddr, type Node } from '../../engine/dataplane/path.ts';
import type { Listener } from '../../engine/model/sandbox.ts';
import { type Origin, originNode } from './origin.ts';
import { containerFile } from '../../engine/images/rootfs.ts';

export type Connection =
  | { kind: 'open'; ip: string; port: number; listener: ServedBy }
  | { kind: 'refused'; ip: string }
  | { kind: 'timeout'; ip: string }
  | { kind: 'unreachable'; ip: string }
  | { kind: 'empty'; ip: string };

export interface ServedBy {
  containerId: string;
  docroot?: string;
}

function listenersAt(e: Engine, n: Node): Listener[] {
  const d = e.state.daemon;
  if (n.kind === 'sandbox') {
    const sb = d.sandboxes[n.sandboxId];
    if (!sb.hostMode) return sb.listeners;
  }
  if (n.kind === 'lan') return [];
  // the host: host-mode containers' sockets
  return Object.values(d.sandboxes).filter((s) => s.hostMode).flatMap((s) => s.listeners);
}

function bound(l: Listener, ip: string, local: boolean): boolean {
  if (l.address === '0.0.0.0' || l.address === '::') return true;
  if (l.address.startsWith('127.')) return local && ip.startsWith('127.');
  return l.address === ip;
}

export function tcpConnect(o: Origin, ip: string, port: number, depth = 0): Connection {
  const e = o.engine;
  const from = originNode(o);
  const path = findPath(e, from, ip, 'tcp', port);
  e.emit({ type: 'packet', trace: path.trace });
  if (path.unreachable) return { kind: 'unreachable', ip };
  if (!path.target) return { kind: 'timeout', ip };
  const target = path.target;
  const local = target.kind === from.kind && JSON.stringify(target) === JSON.stringify(from);
  const l = listenersAt(e, target).find((x) => x.proto === 'tcp' && x.port === port && bound(x, ip, local));
  if (l) {
    if (l.service.kind === 'httpd') return { kind: 'open', ip, port, listener: { containerId: l.containerId, docroot: l.service.docroot } };
    return { kind: 'open', ip, port, listener: { containerId: l.containerId } };
  }
  if (target.kind === 'host' || (target.kind === 'sandbox' && e.state.daemon.sandboxes[target.sandboxId].hostMode)) {
    // docker-proxy: a published port on any host address (or the one it was bound to)
    const isLocal = ip.startsWith('127.') || hasLocalAddr(e.state.host.ns, ip);
    const proxy = e.state.daemon.proxies.find(
      (p) => p.proto === 'tcp' && p.hostPort === port && !p.hostIp.includes(':') && (p.hostIp === '0.0.0.0' || p.hostIp === ip || (ip === '127.0.0.1' && p.hostIp === '127.0.0.1')),
    ) ?? (isLocal ? e.state.daemon.proxies.find((p) => p.proto === 'tcp' && p.hostPort === port && p.hostIp === '::') : undefined);
    if (proxy && depth < 3) {
      const inner = tcpConnect({ engine: e }, proxy.containerIp, proxy.containerPort, depth + 1);
      // the proxy accepted the connection; if the container does not answer, the client sees an empty reply
      return inner.kind === 'open' ? inner : { kind: 'empty', ip };
    }
  }
  return { kind: 'refused', ip };
}

/** the URL parts the HTTP clients need */
export function parseUrl(url: string): { host: string; port: number; path: string } | null {
  const m = /^(?:http:\/\/)?([^/:?#]+)(?::(\d+))?([^?#]*)?/.exec(url);
  if (!m) return null;
  return { host: m[1], port: m[2] ? Number(m[2]) : 80, path: m[3] || '/' };
}

export interface HttpResponse {
  status: number;
  reason: string;
  body: string;
  headers: [string, string][];
}

const NOT_FOUND =
  '<HTML><HEAD><TITLE>404 Not Found</TITLE></HEAD>\n<BODY><H1>404 Not Found</H1>\nThe requested URL was not found\n</BODY></HTML>\n';

function httpDate(ms: number): string {
  return new Date(ms).toUTCString();
}

/** busybox httpd answering GET path from its document root */
export function serveHttp(e: Engine, by: ServedBy, path: string): HttpResponse {
  const c = e.state.daemon.containers[by.containerId];
  const root = (by.docroot ?? '/').replace(/\/$/, '');
  let file = root + (path.endsWith('/') ? path + 'index.html' : path);
  const read = (f: string) => (c ? containerFile(c.files, f) : undefined);
  let body = read(file);
  if (body === undefined && !path.endsWith('/') && read(file + '/index.html') !== undefined) {
    file += '/index.html';
    body = read(file);
  }
  const date = httpDate(e.now());
  if (body === undefined) {
    return {
      status: 404, reason: 'Not Found', body: NOT_FOUND,
      headers: [['Date', date], ['Connection', 'close'], ['Content-type', 'text/html']],
    };
  }
  const mtime = Math.floor((c?.createdMs ?? e.now()) / 1000);
  return {
    status: 200, reason: 'OK', body,
    headers: [
      ['Date', date], ['Connection', 'close'], ['Content-type', 'text/html'], ['Accept-Ranges', 'bytes'],
      ['Last-Modified', httpDate(mtime * 1000)], ['ETag', `"${mtime.toString(16)}-${body.length.toString(16)}"`],
      ['Content-Length', String(body.length)],
    ],
  };
}
