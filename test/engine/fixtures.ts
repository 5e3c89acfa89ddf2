/** Builders shared by the engine tests. */
import type { ContainerCreateRequest } from '../../src/engine/daemon/container-ops.ts';

/** a create request as `docker run -dit --name NAME --network MODE alpine ash` makes it */
export function req(name: string, networkMode = 'default', extra: Partial<ContainerCreateRequest> = {}): ContainerCreateRequest {
  return {
    name, image: 'alpine', cmd: ['ash'], tty: true, openStdin: true, env: [], exposedPorts: [], networkMode,
    portBindings: {}, publishAllPorts: false, dns: [], dnsSearch: [], dnsOptions: [], extraHosts: [], links: [],
    autoRemove: false, ...extra,
  };
}
