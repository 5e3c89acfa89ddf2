/**
 * `systemctl restart docker`: the daemon stops every container (no live-restore) and starts again
 * with its in-memory state fresh: the IPAM cursor over the default pools starts from the beginning.
 */
import type { Engine } from '../engine.ts';
import { markExited } from './container-ops.ts';

export function restartDaemon(e: Engine): void {
  const d = e.state.daemon;
  for (const id of [...d.containerOrder]) {
    const c = d.containers[id];
    if (c?.state.status === 'running') markExited(e, c, 137);
  }
  d.ipam.cursor = 0;
  d.ports.cursor = {};
}
