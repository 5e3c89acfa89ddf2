/** Finding the containers and networks a command names, with the CLI's not-found texts. */
import type { CliIO } from './io.ts';
import type { Container } from '../../engine/model/container.ts';
import type { Network } from '../../engine/model/network.ts';
import { findContainer } from '../../engine/daemon/container-ops.ts';
import { findNetwork } from '../../engine/daemon/network-ops.ts';
import { notFound } from '../../engine/daemon/errors.ts';

/** the container, or `Error: No such container: X` printed (the client-side 404 text) */
export function containerOrComplain(io: CliIO, term: string): Container | undefined {
  const c = findContainer(io.engine, term);
  if (!c) io.err(`Error: No such container: ${term}\n`);
  return c;
}

/** connect/disconnect: the daemon looks the container up first, then the network */
export function containerAndNetwork(io: CliIO, netTerm: string, ctrTerm: string): { c: Container; nw: Network } {
  const c = findContainer(io.engine, ctrTerm);
  if (!c) throw notFound(`No such container: ${ctrTerm}`);
  const nw = findNetwork(io.engine, netTerm);
  if (!nw) throw notFound(`network ${netTerm} not found`);
  return { c, nw };
}

/** print what the container's main process prints until it ends or the user interrupts */
export async function followOutput(io: CliIO, c: Container): Promise<void> {
  let seen = c.logs.length;
  while (!io.ctx.interrupted() && c.state.status === 'running') {
    await io.ctx.sleep(1000);
    if (c.logs.length > seen) {
      io.out(c.logs.slice(seen));
      seen = c.logs.length;
    }
  }
}
