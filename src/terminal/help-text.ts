/**
 * The text of the terminal's `help` command: what this simulated host can do, and the keys.
 * Tool lists are filtered by what the registries really provide (see command-catalogue.ts).
 */
import type { CommandAvailability } from './command-catalogue.ts';

const DOCKER = [
  'network create | ls | inspect | connect | disconnect | rm | prune',
  'run  create  start  stop  restart  rm  rename  ps  inspect',
  'exec  attach  logs  port  pull  images  version  info',
];

const HOST_TOOLS = ['ip', 'ifconfig', 'route', 'netstat', 'brctl', 'bridge', 'iptables', 'sysctl', 'ping', 'curl', 'hostname'];
const TEXT_TOOLS = ['grep', 'head', 'tail', 'wc', 'sort', 'uniq', 'cut', 'tr', 'awk', 'cat', 'echo', 'seq', 'tee', 'sleep'];
const CONTAINER_TOOLS = ['ping', 'ip', 'ifconfig', 'route', 'netstat', 'nslookup', 'wget', 'nc', 'httpd', 'hostname', 'cat', 'env'];

const KEYS = [
  ['Tab', 'complete a command, flag, container or network (twice: list them)'],
  ['Up / Down', 'previous / next command in history'],
  ['Ctrl-R', 'search history backwards (Enter runs, Esc or arrows edit)'],
  ['Left / Right', 'move; Ctrl-Left / Ctrl-Right by word'],
  ['Home / End', 'start / end of line (also Ctrl-A / Ctrl-E)'],
  ['Ctrl-U / Ctrl-K', 'delete to the start / end of the line (Ctrl-Y puts it back)'],
  ['Ctrl-W', 'delete the word before the cursor'],
  ['Ctrl-C', 'stop the running command, or discard the line'],
  ['Ctrl-D', 'leave a container shell (at the host: end the session)'],
  ['Ctrl-P Ctrl-Q', 'detach from a container shell, leaving it running'],
  ['Ctrl-L', 'clear the screen'],
];

function wrapWords(words: string[], indent: string, width = 72): string[] {
  const lines: string[] = [];
  let line = indent;
  for (const w of words) {
    if (line.length > indent.length && line.length + 2 + w.length > width) {
      lines.push(line);
      line = indent;
    }
    line += (line.length > indent.length ? '  ' : '') + w;
  }
  if (line.length > indent.length) lines.push(line);
  return lines;
}

export function helpText(available: CommandAvailability): string {
  const host = HOST_TOOLS.filter(available.host);
  const inside = CONTAINER_TOOLS.filter((t) => available.container(t));
  const keyWidth = Math.max(...KEYS.map(([k]) => k.length)) + 2;
  const out = [
    'This is a simulated Docker host (Docker Engine 20.10, Debian 12). Nothing runs for real:',
    'every command is answered by a model of the engine, its networks and the Linux kernel.',
    '',
    'docker commands:',
    ...DOCKER.map((l) => `  docker ${l}`),
    '  Images busybox, alpine, nginx and redis are loaded; there is no internet (pull fails).',
    '  Volumes, builds, compose and swarm are not simulated.',
    '',
    'Host tools:',
    ...wrapWords(host, '  '),
    'Text tools (for pipes):',
    ...wrapWords(TEXT_TOOLS, '  '),
    'Shell: pipes, && || ;, $(...), variables, for/while/if, > and >> redirection.',
    'Terminal: clear, history, help, exit.',
    '',
    'Inside a container (docker exec -it NAME sh, docker run -it IMAGE sh), busybox:',
    ...wrapWords(inside, '  '),
    '',
    'Keys:',
    ...KEYS.map(([k, what]) => `  ${k.padEnd(keyWidth)}${what}`),
  ];
  return out.join('\n') + '\n';
}
