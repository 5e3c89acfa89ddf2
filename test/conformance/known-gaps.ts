/**
 * Recordings the simulator does not reproduce yet, with the reason. The golden test asserts they
 * still differ, so a fix forces this list to shrink.
 */
export const KNOWN_GAPS: Record<string, string> = {
  // The scenario creates networks until two IDs share a first hex digit, then inspects that digit:
  // which digit (and how many matches) depends on the real engine's random IDs, so no seed can match it.
  '73-cli-error-texts': 'one line depends on the real engine\'s random network IDs',
  // Everything else in 86 matches (httpd/wget/nc, ping options, ip route get, blocked traffic); missing:
  // busybox sed and traceroute in containers, and the kernel neighbour cache behind `ip neigh` and `arp`
  // (its REACHABLE/DELAY states depend on timers the simulator does not model yet).
  '86-traffic-tools': 'container sed, traceroute, arp and the neighbour cache (ip neigh) are not simulated',
};
