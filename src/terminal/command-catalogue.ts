/**
 * Which commands the simulated host and its containers really have, asked of the same registries
 * the shells use, so `help` never lists a tool that would answer "command not found".
 */
import type { Engine } from '../engine/engine.ts';
import type { Container } from '../engine/model/container.ts';
import { hostRegistry } from '../cli/runtime/host-registry.ts';
import { busyboxRegistry } from '../cli/runtime/busybox-registry.ts';
import { createTextTools } from '../shell/tools/index.ts';

export interface CommandAvailability {
  host(name: string): boolean;
  container(name: string): boolean;
}

export function registryAvailability(engine: Engine): CommandAvailability {
  const host = hostRegistry(engine);
  // the busybox registry reads its container only when a command runs, so any container
  // (or none, on a fresh host) is enough to learn which applets exist
  const someContainer = Object.values(engine.state.daemon.containers)[0] as Container;
  const box = busyboxRegistry(engine, someContainer);
  // cat, grep and the other text tools come with every shell, on top of its registry
  const gnuText = createTextTools('bash');
  const boxText = createTextTools('busybox');
  return {
    host: (name) => host.get(name) !== undefined || gnuText.get(name) !== undefined,
    container: (name) => box.get(name) !== undefined || boxText.get(name) !== undefined,
  };
}
