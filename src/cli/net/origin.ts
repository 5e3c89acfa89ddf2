/** Where a network command runs: the host, or a container (its sandbox, files and resolver). */
import type { Engine } from '../../engine/engine.ts';
import type { Container } from '../../engine/model/container.ts';
import type { Node } from '../../engine/dataplane/path.ts';

export interface Origin {
  engine: Engine;
  /** undefined on the host */
  container?: Container;
  /** a command run with `ip netns exec NAME` */
  netns?: string;
}

export function originNode(o: Origin): Node {
  if (o.netns) return { kind: 'netns', name: o.netns };
  const c = o.container;
  if (!c || !c.sandboxId) return { kind: 'host' };
  const sb = o.engine.state.daemon.sandboxes[c.sandboxId];
  if (!sb || sb.hostMode) return { kind: 'host' };
  return { kind: 'sandbox', sandboxId: sb.id };
}

/** deterministic, plausible round-trip times (ms) */
export function rtt(e: Engine, sameHost: boolean): number {
  const base = sameHost ? 0.04 : 0.08;
  return Math.round((base + e.float() * 0.3) * 1000) / 1000;
}
