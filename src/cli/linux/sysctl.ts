/** `sysctl`: procps-ng 4.0.2 on the host, the busybox applet in containers. Values come from env.sysctl. */
import type { NetToolsEnv, Out } from './env.ts';
import { busyboxBadOption, busyboxUsage } from './busybox-usage.ts';
import { byteCompare } from './util.ts';

const PROCPS_USAGE =
  '\n' +
  'Usage:\n' +
  ' sysctl [options] [variable[=value] ...]\n' +
  '\n' +
  'Options:\n' +
  '  -a, --all            display all variables\n' +
  '  -A                   alias of -a\n' +
  '  -X                   alias of -a\n' +
  '      --deprecated     include deprecated parameters to listing\n' +
  '      --dry-run        Print the key and values but do not write\n' +
  '  -b, --binary         print value without new line\n' +
  '  -e, --ignore         ignore unknown variables errors\n' +
  '  -N, --names          print variable names without values\n' +
  '  -n, --values         print only values of the given variable(s)\n' +
  '  -p, --load[=<file>]  read values from file\n' +
  '  -f                   alias of -p\n' +
  '      --system         read values from all system directories\n' +
  '  -r, --pattern <expression>\n' +
  '                       select setting that match expression\n' +
  '  -q, --quiet          do not echo variable set\n' +
  '  -w, --write          enable writing a value to variable\n' +
  '  -o                   does nothing\n' +
  '  -x                   does nothing\n' +
  '  -d                   alias of -h\n' +
  '\n' +
  ' -h, --help     display this help and exit\n' +
  ' -V, --version  output version information and exit\n' +
  '\n' +
  'For more details see sysctl(8).\n';

interface Opts {
  values: boolean;
  names: boolean;
  ignore: boolean;
  quiet: boolean;
  write: boolean;
  all: boolean;
  binary: boolean;
  pattern?: RegExp;
}

/** `net/ipv4/ip_forward` and `net.ipv4.ip_forward` name the same key */
function keyOf(arg: string): string {
  return arg.includes('/') ? arg.replace(/\//g, '.') : arg;
}

function show(key: string, value: string, o: Opts): string {
  if (o.names) return `${key}\n`;
  if (o.values) return o.binary ? value : `${value}\n`;
  return o.binary ? value : `${key} = ${value}\n`;
}

export function sysctlCommand(argv: string[], env: NetToolsEnv, out: Out): number {
  const bb = env.flavor === 'busybox';
  const o: Opts = { values: false, names: false, ignore: false, quiet: false, write: false, all: false, binary: false };
  const vars: string[] = [];
  const args = argv.slice(1);
  for (let i = 0; i < args.length; i++) {
    const w = args[i];
    if (w === '--help' || (!bb && w === '-h')) {
      if (bb) out.write(2, busyboxUsage('sysctl'));
      else out.write(1, PROCPS_USAGE);
      return 0;
    }
    if (!w.startsWith('-') || w === '-') {
      vars.push(w);
      continue;
    }
    const long: Record<string, string> = { '--all': 'a', '--binary': 'b', '--ignore': 'e', '--names': 'N', '--values': 'n', '--quiet': 'q', '--write': 'w', '--pattern': 'r' };
    const chars = w.startsWith('--') ? (long[w] ?? '?') : w.slice(1);
    for (const ch of chars) {
      const ok = bb ? 'enqawp' : 'aAXbeNnqwroxdpf';
      if (!ok.includes(ch)) {
        if (bb) out.write(2, busyboxBadOption('sysctl', ch));
        else out.write(2, `sysctl: invalid option -- '${ch}'\n` + PROCPS_USAGE);
        return 1;
      }
      if (ch === 'n') o.values = true;
      else if (ch === 'N') o.names = true;
      else if (ch === 'e') o.ignore = true;
      else if (ch === 'q') o.quiet = true;
      else if (ch === 'w') o.write = true;
      else if (ch === 'b') o.binary = true;
      else if ('aAX'.includes(ch)) o.all = true;
      else if (ch === 'r') o.pattern = new RegExp(args[++i] ?? '');
    }
  }
  if (o.all) {
    const keys = Object.keys(env.sysctl).sort(byteCompare).filter((k) => !o.pattern || o.pattern.test(k));
    out.write(1, keys.map((k) => show(k, env.sysctl[k], o)).join(''));
    return 0;
  }
  if (vars.length === 0) {
    if (bb) return 0;
    if (o.write || args.length > 0) {
      out.write(2, "sysctl: no variables specified\nTry `sysctl --help' for more information.\n");
      return 1;
    }
    out.write(2, PROCPS_USAGE);
    return 1;
  }
  let rc = 0;
  for (const v of vars) {
    const eq = v.indexOf('=');
    if (eq < 0 && o.write && !bb) {
      out.write(2, 'sysctl: command line(0): invalid syntax, continuing...\n');
      rc = 1;
      continue;
    }
    const key = keyOf(eq < 0 ? v : v.slice(0, eq));
    const known = Object.prototype.hasOwnProperty.call(env.sysctl, key);
    if (!known) {
      if (o.ignore) continue;
      if (bb) out.write(2, `sysctl: error: '${key}' is an unknown key\n`);
      else out.write(2, `sysctl: cannot stat /proc/sys/${key.replace(/\./g, '/')}: No such file or directory\n`);
      rc = 1;
      continue;
    }
    if (eq < 0) {
      out.write(1, show(key, env.sysctl[key], o));
      continue;
    }
    const value = v.slice(eq + 1);
    const e = env.mutate?.setSysctl ? env.mutate.setSysctl(key, value) : 'Read-only file system';
    if (e) {
      if (bb) out.write(2, `sysctl: error setting key '${key}': ${e}\n`);
      else if (/Read-only|Permission denied|not permitted/.test(e)) out.write(2, `sysctl: permission denied on key "${key}"\n`);
      else out.write(2, `sysctl: setting key "${key}": ${e}\n`);
      rc = 1;
      continue;
    }
    if (!o.quiet) out.write(1, show(key, value, o));
  }
  return rc;
}
