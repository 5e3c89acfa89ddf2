/**
 * The local address space's predefined pools, in the engine's order
 * (libnetwork ipamutils: 172.17-19 /16, 172.20.0.0/14 .. 172.28.0.0/14 split in /16s, 192.168.0.0/16 in /20s).
 * 31 subnets; the default bridge takes the first.
 */
export const LOCAL_DEFAULT_POOLS: string[] = (() => {
  const pools: string[] = [];
  for (let b = 17; b <= 31; b++) pools.push(`172.${b}.0.0/16`);
  for (let c = 0; c < 256; c += 16) pools.push(`192.168.${c}.0/20`);
  return pools;
})();

/** the global (swarm) address space: 10.0.0.0/8 split in /24s, generated on demand */
export function globalDefaultPool(index: number): string {
  return `10.${(index >> 8) & 255}.${index & 255}.0/24`;
}
