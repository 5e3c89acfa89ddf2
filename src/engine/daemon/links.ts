/** Legacy --link on the default bridge: /etc/hosts entries and the link environment variables. */
import type { Engine } from '../engine.ts';
import type { Container } from '../model/container.ts';
import { conflict, invalid, notFound } from './errors.ts';

interface Link {
  target: Container;
  alias: string;
}

function parseLinks(e: Engine, c: Container): Link[] {
  const out: Link[] = [];
  for (const spec of c.hostConfig.links ?? []) {
    // stored as /target:/container/alias
    const [rawName, rawAlias] = spec.split(':');
    const name = rawName.replace(/^\//, '');
    const alias = rawAlias ? rawAlias.split('/').pop()! : name;
    const d = e.state.daemon;
    const target = Object.values(d.containers).find((x) => x.name === name.replace(/^\//, '') || x.id === name);
    if (!target) throw notFound(`could not get container for ${name}`);
    out.push({ target, alias: alias.replace(/^\//, '') });
  }
  return out;
}

function ipOnBridge(e: Engine, t: Container): string | undefined {
  const d = e.state.daemon;
  const sb = t.sandboxId ? d.sandboxes[t.sandboxId] : undefined;
  const bridge = Object.values(d.networks).find((n) => n.name === 'bridge');
  return sb?.endpoints.map((id) => d.endpoints[id]).find((ep) => ep.networkId === bridge?.id)?.ip;
}

/** /etc/hosts lines for the container's links; validates them as the daemon does at start */
export function linkEntries(e: Engine, c: Container): string[] {
  if (c.hostConfig.networkMode !== 'default' && c.hostConfig.networkMode !== 'bridge') return [];
  const lines: string[] = [];
  for (const { target, alias } of parseLinks(e, c)) {
    if (target.state.status !== 'running') {
      throw conflict(`Cannot link to a non running container: /${target.name} AS /${c.name}/${alias}`);
    }
    const ip = ipOnBridge(e, target);
    if (!ip) throw invalid(`Cannot link to /${target.name}, as it does not belong to the default network`);
    const names = [alias, target.config.hostname, target.name].filter((n, i, a) => a.indexOf(n) === i);
    lines.push(`${ip}\t${names.join(' ')}`);
  }
  return lines;
}

/** environment variables a link adds (daemon/links): ALIAS_PORT..., ALIAS_NAME, ALIAS_ENV_... */
export function linkEnv(e: Engine, c: Container): string[] {
  if (c.hostConfig.networkMode !== 'default' && c.hostConfig.networkMode !== 'bridge') return [];
  const env: string[] = [];
  for (const { target, alias } of parseLinks(e, c)) {
    const ip = ipOnBridge(e, target);
    if (!ip) continue;
    const A = alias.toUpperCase().replace(/-/g, '_');
    const ports = [...target.config.exposedPorts].sort((a, b) => {
      const [pa, ta = 'tcp'] = a.split('/');
      const [pb, tb = 'tcp'] = b.split('/');
      return ta === tb ? Number(pa) - Number(pb) : ta === 'tcp' ? -1 : 1;
    });
    if (ports.length) {
      const [p0, t0 = 'tcp'] = ports[0].split('/');
      env.push(`${A}_PORT=${t0}://${ip}:${p0}`);
    }
    for (const p of ports) {
      const [num, proto = 'tcp'] = p.split('/');
      const P = `${A}_PORT_${num}_${proto.toUpperCase()}`;
      env.push(`${P}=${proto}://${ip}:${num}`, `${P}_ADDR=${ip}`, `${P}_PORT=${num}`, `${P}_PROTO=${proto}`);
    }
    env.push(`${A}_NAME=/${c.name}/${alias}`);
    for (const kv of target.config.env) {
      const [k] = kv.split('=');
      if (k === 'HOME' || k === 'PATH') continue;
      env.push(`${A}_ENV_${kv}`);
    }
  }
  return env;
}
