/**
 * Host port allocation (libnetwork portallocator, 20.10): per host IP and protocol, explicit ports
 * are taken if free, ephemeral ones round-robin over ip_local_port_range starting at its beginning.
 */
export const EPHEMERAL_START = 32768;
export const EPHEMERAL_END = 60999;

export interface PortAllocState {
  /** "ip/proto" -> allocated ports */
  allocated: Record<string, Record<string, true>>;
  /** "ip/proto" -> last port handed out from a range */
  cursor: Record<string, number>;
}

export class PortAllocError extends Error {}

export function emptyPortAlloc(): PortAllocState {
  return { allocated: {}, cursor: {} };
}

const key = (ip: string, proto: string) => `${ip || '0.0.0.0'}/${proto}`;

export function requestPort(
  s: PortAllocState,
  ip: string,
  proto: string,
  start: number,
  end: number,
): number {
  const k = key(ip, proto);
  const used = (s.allocated[k] ??= {});
  if (start !== 0 && start === end) {
    if (used[start]) throw new PortAllocError(`Bind for ${ip || '0.0.0.0'}:${start} failed: port is already allocated`);
    used[start] = true;
    return start;
  }
  const lo = start || EPHEMERAL_START;
  const hi = end || EPHEMERAL_END;
  // the cursor starts at the range end, so the first port handed out is the range start
  const rangeKey = `${k}/${lo}-${hi}`;
  let port = s.cursor[rangeKey] ?? hi;
  for (let n = 0; n <= hi - lo; n++) {
    port = port >= hi ? lo : port + 1;
    if (!used[port]) {
      used[port] = true;
      s.cursor[rangeKey] = port;
      return port;
    }
  }
  throw new PortAllocError('all ports are allocated');
}

export function releasePort(s: PortAllocState, ip: string, proto: string, port: number): void {
  delete s.allocated[key(ip, proto)]?.[port];
}
