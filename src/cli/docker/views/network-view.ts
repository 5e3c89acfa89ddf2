/** `docker network inspect` data (types.NetworkResource, API 1.41) as Go values in field order. */
import type { Engine } from '../../../engine/engine.ts';
import type { Network } from '../../../engine/model/network.ts';
import { goMap, goNil, goStruct } from '../../format/go-value.ts';

function ipamConfig(n: Network) {
  // the Go struct has every field; JSON leaves the empty ones out (omitempty)
  return n.ipam.config.map((c) =>
    goStruct(
      {
        Subnet: c.Subnet,
        IPRange: c.IPRange ?? '',
        Gateway: c.Gateway ?? '',
        AuxAddress: c.AuxiliaryAddresses ? goMap({ ...c.AuxiliaryAddresses }, { zero: '' }) : goNil('map'),
      },
      'network.IPAMConfig',
      { Subnet: 'Subnet,omitempty', IPRange: 'IPRange,omitempty', Gateway: 'Gateway,omitempty', AuxAddress: 'AuxiliaryAddresses,omitempty' },
    ),
  );
}

export function networkContainers(e: Engine, n: Network): Record<string, unknown> {
  const d = e.state.daemon;
  const out: Record<string, unknown> = {};
  for (const epId of n.endpoints) {
    const ep = d.endpoints[epId];
    const c = d.containers[ep.containerId];
    if (!c) continue;
    out[c.id] = goStruct(
      {
        Name: c.name,
        EndpointID: ep.id,
        MacAddress: ep.mac,
        IPv4Address: ep.ip ? `${ep.ip}/${ep.prefixLen}` : '',
        IPv6Address: ep.ip6 ? `${ep.ip6}/${ep.prefixLen6}` : '',
      },
      'types.EndpointResource',
    );
  }
  return goMap(out);
}

export function networkView(e: Engine, n: Network): Record<string, unknown> {
  return goStruct(
    {
      Name: n.name,
      Id: n.id,
      Created: n.created,
      Scope: n.scope,
      Driver: n.driver,
      EnableIPv6: n.enableIPv6,
      IPAM: goStruct(
        {
          Driver: n.ipam.driver,
          Options: n.ipam.options === null ? goNil('map') : goMap({ ...n.ipam.options }, { zero: '' }),
          Config: ipamConfig(n),
        },
        'network.IPAM',
      ),
      Internal: n.internal,
      Attachable: n.attachable,
      Ingress: n.ingress,
      ConfigFrom: goStruct({ Network: n.configFrom }, 'network.ConfigReference'),
      ConfigOnly: n.configOnly,
      Containers: networkContainers(e, n),
      Options: goMap({ ...n.options }, { zero: '' }),
      Labels: goMap({ ...n.labels }, { zero: '' }),
    },
    'types.NetworkResource',
  );
}
