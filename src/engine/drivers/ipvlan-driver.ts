/** ipvlan: like macvlan but every container shares the parent's MAC; l3 mode routes instead of bridging. */
import type { NetworkDriver } from './driver.ts';
import { invalid } from '../daemon/errors.ts';
import { findLink } from '../host/netns-ops.ts';
import { joinLowerLink, leaveLowerLink, setupParent, teardownParent } from './lowerlink/parent-link.ts';

const MODES = ['l2', 'l3', 'l3s'];
const FLAGS = ['bridge', 'private', 'vepa'];

export const ipvlanDriver: NetworkDriver = {
  type: 'ipvlan',
  scope: 'local',
  createNetwork(e, nw) {
    const mode = nw.options['ipvlan_mode'] ?? 'l2';
    if (!MODES.includes(mode)) {
      throw invalid(`requested ipvlan mode '${mode}' is not valid, 'l2' mode is the ipvlan driver default`);
    }
    const flag = nw.options['ipvlan_flag'] ?? 'bridge';
    if (!FLAGS.includes(flag)) {
      throw invalid(`requested ipvlan flag '${flag}' is not valid, 'bridge' is the ipvlan driver default`);
    }
    setupParent(e, nw, 'ipvlan', mode);
  },
  deleteNetwork(e, nw) {
    teardownParent(e, nw);
  },
  createEndpoint(e, nw, ep) {
    const parent = findLink(e.state.host.ns, nw.lowerLink!.parent);
    ep.mac = parent?.mac ?? '';
    // l3 mode has no gateway: the default route points at the interface itself
    ep.gateway = nw.lowerLink!.mode === 'l2' ? (nw.gatewayIp ?? '') : '';
  },
  join(e, nw, ep, sb) {
    joinLowerLink(e, nw, ep, sb, 'ipvlan', { mac: ep.mac, defaultViaGateway: nw.lowerLink!.mode === 'l2' });
  },
  leave(_e, _nw, ep, sb) {
    leaveLowerLink(sb, ep);
  },
};
