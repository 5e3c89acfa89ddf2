/** macvlan: containers appear on the parent's LAN with their own MAC; the host cannot reach them. */
import type { NetworkDriver } from './driver.ts';
import { DaemonError, invalid } from '../daemon/errors.ts';
import { joinLowerLink, leaveLowerLink, setupParent, teardownParent } from './lowerlink/parent-link.ts';

const MODES = ['bridge', 'private', 'vepa', 'passthru'];

export const macvlanDriver: NetworkDriver = {
  type: 'macvlan',
  scope: 'local',
  createNetwork(e, nw) {
    const mode = nw.options['macvlan_mode'] ?? 'bridge';
    if (!MODES.includes(mode)) {
      throw invalid(`requested macvlan mode '${mode}' is not valid, 'bridge' mode is the macvlan driver default`);
    }
    setupParent(e, nw, 'macvlan', mode);
  },
  deleteNetwork(e, nw) {
    teardownParent(e, nw);
  },
  createEndpoint(e, nw, ep) {
    if (nw.lowerLink?.mode === 'passthru' && nw.endpoints.length > 0) {
      // passthru hands the whole parent to one container
      throw new DaemonError('failed to create the macvlan port: invalid argument');
    }
    ep.mac = e.profile.endpointMac(ep.ip, (n) => e.hex(n));
    ep.gateway = nw.gatewayIp ?? '';
  },
  join(e, nw, ep, sb) {
    joinLowerLink(e, nw, ep, sb, 'macvlan', { mac: ep.mac, defaultViaGateway: true });
  },
  leave(_e, _nw, ep, sb) {
    leaveLowerLink(sb, ep);
  },
};
