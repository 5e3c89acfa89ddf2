/**
 * `systemctl restart docker`: the daemon stops every container (no live-restore) and starts again with
 * its in-memory state fresh: the IPAM cursor over the default pools starts from the beginning, the
 * default bridge network is created anew (new ID), and containers with restart policy always or
 * unless-stopped that were running come back (the caller runs their processes).
 */
import type { Engine } from '../engine.ts';
import { markExited } from './container-ops.ts';

export function restartDaemon(e: Engine): string[] {
  const d = e.state.daemon;
  const comeBack: string[] = [];
  for (const id of [...d.containerOrder]) {
    const c = d.containers[id];
    if (c?.state.status !== 'running') continue;
    if (['always', 'unless-stopped'].includes(c.hostConfig.restartPolicy?.Name)) comeBack.push(id);
    markExited(e, c, 137);
  }
  d.ipam.cursor = 0;
  d.ports = { allocated: d.ports.allocated, cursor: {} };
  const bridge = Object.values(d.networks).find((n) => n.name === 'bridge');
  if (bridge) {
    const fresh = e.newId();
    delete d.networks[bridge.id];
    for (const c of Object.values(d.containers)) if (c.networks.bridge?.networkId === bridge.id) c.networks.bridge.networkId = fresh;
    bridge.id = fresh;
    bridge.created = e.timestamp();
    d.networks[fresh] = bridge;
  }
  return comeBack;
}
