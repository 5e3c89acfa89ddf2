/** One `docker ps` row (the CLI's containerContext) built from a container. */
import type { Engine } from '../../../engine/engine.ts';
import type { Container, PortBinding } from '../../../engine/model/container.ts';
import { displayablePorts, ellipsis, humanDuration } from '../../format/durations.ts';
import { goQuote } from '../../format/go-fmt.ts';
import { goTimeString } from '../network/ls.ts';
import { quoteArgv } from '../../runtime/main-process.ts';

/** NetworkSettings.Ports while running: bindings plus exposed ports without one (null) */
export function runtimePorts(c: Container): Record<string, PortBinding[] | null> {
  if (c.state.status !== 'running' || c.hostConfig.networkMode === 'host' || c.hostConfig.networkMode === 'none') return {};
  const out: Record<string, PortBinding[] | null> = {};
  for (const p of c.config.exposedPorts) out[p] = null;
  for (const [k, v] of Object.entries(c.ports)) out[k] = v;
  return out;
}

export interface ApiPort {
  IP?: string;
  PrivatePort: number;
  PublicPort?: number;
  Type: string;
}

export function apiPorts(c: Container): ApiPort[] {
  const out: ApiPort[] = [];
  for (const [k, binds] of Object.entries(runtimePorts(c))) {
    const [num, type] = k.split('/');
    if (!binds) out.push({ PrivatePort: Number(num), Type: type });
    else for (const b of binds) out.push({ IP: b.HostIp, PrivatePort: Number(num), PublicPort: Number(b.HostPort), Type: type });
  }
  return out;
}

export function statusText(e: Engine, c: Container): string {
  const s = c.state;
  if (s.status === 'running') return `Up ${humanDuration(e.now() - s.startedMs)}`;
  if (s.status === 'exited') return `Exited (${s.exitCode}) ${humanDuration(e.now() - s.finishedMs)} ago`;
  return 'Created';
}

export function psRow(e: Engine, c: Container, trunc: boolean) {
  const cmd = quoteArgv([c.path, ...c.args]);
  const networks = c.hostConfig.networkMode.startsWith('container:')
    ? []
    : Object.keys(c.networks);
  return {
    ID: trunc ? c.id.slice(0, 12) : c.id,
    Image: c.image,
    Command: trunc ? goQuote(ellipsis(cmd, 20)) : goQuote(cmd),
    CreatedAt: goTimeString(c.created).replace(/\.\d+/, ''),
    RunningFor: `${humanDuration(e.now() - c.createdMs)} ago`,
    Ports: displayablePorts(apiPorts(c)),
    State: c.state.status,
    Status: statusText(e, c),
    Size: '0B',
    Names: c.name,
    Labels: Object.entries(c.config.labels).map(([k, v]) => `${k}=${v}`).join(','),
    Label: (k: string) => c.config.labels[k] ?? '',
    Mounts: '',
    Networks: networks.join(','),
    LocalVolumes: '0',
  };
}
