/**
 * Everything that differs between Docker Engine releases, in one object the drivers and CLI consult.
 * Only Docker Engine 20.10 (the recorded reference) is provided; a current-release profile adds another
 * object of this shape without touching the drivers.
 */
import { ipToInt } from './ipam/ipv4.ts';

export interface EngineProfile {
  id: string;
  engineVersion: string;
  apiVersion: string;
  /** MAC of a bridge/macvlan endpoint */
  endpointMac(ipv4: string, randomHex: (n: number) => string): string;
  /** predefined pool choice: 20.10 keeps a round-robin cursor; 27+ takes the lowest free */
  poolChoice: 'cursor' | 'lowest';
  /** the IPv6 wildcard as docker ps / docker port print it */
  ipv6Any: string;
  /** /etc/hosts lines for the IPv6 special addresses (fe00::0 before 28, fe00:: after) */
  hostsIpv6Lines: string[];
  errors: {
    poolOverlap: string;
    activeEndpoints(name: string, id: string): string;
    staticIpOnDefault(netName: string): string;
    staticIpWithoutSubnet: string;
    ipOutsideSubnets(ip: string): string;
    networkNotFoundInspect(term: string): string;
  };
}

export const PROFILE_20_10: EngineProfile = {
  id: '20.10',
  engineVersion: '20.10.24',
  apiVersion: '1.41',
  endpointMac(ipv4) {
    const n = ipToInt(ipv4);
    const b = [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];
    return ['02', '42', ...b.map((x) => x.toString(16).padStart(2, '0'))].join(':');
  },
  poolChoice: 'cursor',
  ipv6Any: '::',
  hostsIpv6Lines: [
    '::1\tlocalhost ip6-localhost ip6-loopback',
    'fe00::0\tip6-localnet',
    'ff00::0\tip6-mcastprefix',
    'ff02::1\tip6-allnodes',
    'ff02::2\tip6-allrouters',
  ],
  errors: {
    poolOverlap: 'Pool overlaps with other one on this address space',
    activeEndpoints: (name, id) => `error while removing network: network ${name} id ${id} has active endpoints`,
    staticIpOnDefault: () => 'user specified IP address is supported on user defined networks only',
    staticIpWithoutSubnet:
      'user specified IP address is supported only when connecting to networks with user configured subnets',
    ipOutsideSubnets: (ip) => `Invalid address ${ip}: It does not belong to any of this network's subnets`,
    networkNotFoundInspect: (term) => `Error: No such network: ${term}`,
  },
};

export const PROFILES: Record<string, EngineProfile> = { '20.10': PROFILE_20_10 };
