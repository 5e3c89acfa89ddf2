/** Test doubles: an in-memory ShellFs and a sink that records both streams. */
import { createRegistry } from '../../src/shell/registry';
import { runBashC, Shell, type ShellOptions } from '../../src/shell/shell';
import type { CommandHandler, Fd, OutputSink, ShellFs } from '../../src/shell/types';

export class MemFs implements ShellFs {
  files = new Map<string, string>();
  constructor(init: Record<string, string> = {}) {
    for (const [k, v] of Object.entries(init)) this.files.set(k, v);
  }
  read(path: string): string | null {
    return this.files.get(path) ?? null;
  }
  write(path: string, text: string, append: boolean): string | null {
    // a few directories that "do not exist", for error paths
    if (path.startsWith('/nodir/')) return 'No such file or directory';
    if (path === '/etc' || path === '/tmp') return 'Is a directory';
    this.files.set(path, (append ? this.files.get(path) ?? '' : '') + text);
    return null;
  }
}

export class Capture implements OutputSink {
  stdout = '';
  stderr = '';
  /** both streams interleaved in write order, as a terminal shows them */
  all = '';
  write(fd: Fd, text: string): void {
    if (fd === 1) this.stdout += text;
    else this.stderr += text;
    this.all += text;
  }
}

export interface RunResult { stdout: string; stderr: string; all: string; status: number }

export function opts(extra: Partial<ShellOptions> = {}): ShellOptions {
  return {
    commands: createRegistry({}),
    flavor: 'bash',
    fs: new MemFs(),
    env: { HOME: '/root', PATH: '/usr/local/bin:/usr/bin:/bin' },
    ...extra,
  };
}

/** run like `bash -c LINE` (non-interactive messages) */
export async function bashC(line: string, extra: Partial<ShellOptions> = {}): Promise<RunResult> {
  const out = new Capture();
  const status = await runBashC(line, opts(extra), out);
  return { stdout: out.stdout, stderr: out.stderr, all: out.all, status };
}

/** run in an interactive shell (terminal messages) */
export async function interactive(line: string, extra: Partial<ShellOptions> = {}): Promise<RunResult & { shell: Shell }> {
  const shell = new Shell(opts(extra));
  const out = new Capture();
  const status = await shell.run(line, out);
  return { stdout: out.stdout, stderr: out.stderr, all: out.all, status, shell };
}

export function registry(map: Record<string, CommandHandler>) {
  return createRegistry(map);
}
