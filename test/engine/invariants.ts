/** Invariants every reachable engine state must hold; used by the property tests. */
import type { Engine } from '../../src/engine/engine.ts';

export function checkInvariants(e: Engine): string[] {
  const d = e.state.daemon;
  const problems: string[] = [];
  const seen = new Map<string, string>();
  for (const ep of Object.values(d.endpoints)) {
    const nw = d.networks[ep.networkId];
    const sb = d.sandboxes[ep.sandboxId];
    if (!nw) problems.push(`endpoint ${ep.id} has no network`);
    if (!sb) problems.push(`endpoint ${ep.id} has no sandbox`);
    if (nw && !nw.endpoints.includes(ep.id)) problems.push(`network ${nw.name} does not list endpoint ${ep.id}`);
    if (sb && !sb.endpoints.includes(ep.id)) problems.push(`sandbox does not list endpoint ${ep.id}`);
    if (ep.ip) {
      const key = `${ep.networkId}/${ep.ip}`;
      if (seen.has(key)) problems.push(`address ${ep.ip} given to two endpoints`);
      seen.set(key, ep.id);
    }
    const c = d.containers[ep.containerId];
    if (!c || c.state.status !== 'running') problems.push(`endpoint ${ep.id} belongs to a container that is not running`);
  }
  for (const nw of Object.values(d.networks)) {
    for (const id of nw.endpoints) if (!d.endpoints[id]) problems.push(`network ${nw.name} lists a missing endpoint`);
  }
  for (const c of Object.values(d.containers)) {
    if (c.state.status === 'running' && !c.sandboxId) problems.push(`running container ${c.name} has no sandbox`);
  }
  return problems;
}
