/**
 * Stopgap until the engine traces name lookups: ping, wget, curl, nc and nslookup print a
 * resolver error and send no packet when a name does not resolve, so the data plane emits no
 * trace. From the finished command and its output this builds the trace the engine would send
 * (drop reason 'unresolved'), so the view shows the failure like any other drop. It is only used
 * when a command produced no packet trace at all, so it steps aside once the engine emits one.
 */
import type { PacketTrace } from '../engine/dataplane/trace.ts';

const RESOLVER_ERRORS: RegExp[] = [
  /bad address '([^']+)'/, // busybox ping, wget, nc
  /ping: ([^:\s]+): (?:Name or service not known|Temporary failure in name resolution)/, // iputils ping
  /Could not resolve host: (\S+)/, // curl
  /can't find ([^:\s]+): NXDOMAIN/, // nslookup
  /can't resolve '([^']+)'/,
];

const TOOLS = /\b(ping|wget|curl|nc|nslookup)\b/;

export function unresolvedTrace(command: string, output: string, hostname: string): PacketTrace | null {
  if (!TOOLS.test(command)) return null;
  for (const re of RESOLVER_ERRORS) {
    const m = re.exec(output);
    if (!m) continue;
    const exec = /docker\s+exec\s+(?:-\S+\s+)*([\w.-]+)/.exec(command);
    const from = exec ? exec[1] : hostname;
    return {
      from, to: m[1], proto: /\b(wget|curl|nc)\b/.test(command) ? 'tcp' : /nslookup/.test(command) ? 'udp' : 'icmp',
      hops: [], delivered: false, replied: false,
      drop: { reason: 'unresolved', at: from, detail: m[0] },
    };
  }
  return null;
}
