/**
 * Fields of the recording host that change from run to run but that normalize.py does not mask
 * (helper notes in README.md): packet counters, random bridge/veth MACs and link-local addresses in
 * the formats normalize.py does not parse (ifconfig, `ip -br`, `ip -d`), HTTP dates, iputils rtt, and
 * the recording host's eth0 being a veth. Applied to BOTH sides before normalize.py, so everything
 * else in those transcripts is still compared byte for byte.
 */
const RULES: [RegExp, string][] = [
  // busybox ifconfig counters
  [/(RX|TX) packets:\d+/g, '$1 packets:N'],
  [/RX bytes:\d+ \([^)]*\)  TX bytes:\d+ \([^)]*\)/g, 'RX bytes:N  TX bytes:N'],
  // net-tools ifconfig counters
  [/(RX|TX) packets \d+  bytes \d+ \([^)]*\)/g, '$1 packets N  bytes N'],
  [/(RX|TX) errors (\d+)  dropped \d+/g, '$1 errors $2  dropped N'],
  // iptables -v counters
  [/\(policy (ACCEPT|DROP) \d+ packets, \d+ bytes\)/g, '(policy $1 N packets, N bytes)'],
  // MACs of host bridges/veths outside `ip addr/link` blocks
  [/(ether|HWaddr) 02:42(:[0-9a-fA-F]{2}){4}/g, '$1 02:42:xx:xx:xx:xx'],
  [/8000\.[0-9a-f]{1,2}(:[0-9a-f]{1,2}){5}/g, '8000.MAC'],
  [/fe80::42:[0-9a-f]{1,4}:[0-9a-f]{1,4}:[0-9a-f]{1,4}/g, 'fe80::42:LL'],
  [/(veth[0-9a-f]{7}@if\d+ +UP +)fe80::[0-9a-f:]+\/64/g, '$1fe80::LL/64'],
  [/gc_timer +[\d.]+/g, 'gc_timer N'],
  // the recording host's eth0 is one end of a veth pair
  [/^eth0@if2( +)/gm, 'eth0    $1'],
  // iputils rtt summary, HTTP dates and ETags
  [/rtt min\/avg\/max\/mdev = [\d./]+ ms/g, 'rtt min/avg/max/mdev = <RTT> ms'],
  [/^(Date|Last-Modified): .*$/gm, '$1: <DATE>'],
  [/^ETag: .*$/gm, 'ETag: <ETAG>'],
  // wall-clock creation times in `network ls --format` (.CreatedAt); inspect's are masked by normalize.py
  [/\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d+)? \+0000 UTC/g, '<CREATED>'],
];

export function maskNoise(transcript: string): string {
  let t = transcript;
  for (const [re, to] of RULES) t = t.replace(re, to);
  return t;
}
