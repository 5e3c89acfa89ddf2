/**
 * The contract between the shell and the commands it runs (docker, ip, grep, ...).
 * Commands are registered by name; the shell handles words, quotes, expansion, pipes,
 * redirections and lists, then calls a handler with a CommandContext.
 */

export type Fd = 1 | 2;

/** Where output goes. A terminal interleaves fd 1 and 2 in the order written. */
export interface OutputSink {
  write(fd: Fd, text: string): void;
}

/** A tiny filesystem view for redirections (`> /var/www/index.html`) and `cat`. */
export interface ShellFs {
  /** file content, or null if it does not exist */
  read(path: string): string | null;
  /** write or append; returns an error text such as 'No such file or directory', or null on success */
  write(path: string, text: string, append: boolean): string | null;
}

export interface CommandContext extends OutputSink {
  /** argv[0] is the command name as typed */
  argv: string[];
  /** whole standard input (pipes are buffered: the upstream command finished first) */
  stdin: string;
  /** exported variables */
  env: Readonly<Record<string, string>>;
  /** the filesystem of where the command runs (host or a container) */
  fs: ShellFs;
  /** sleep on the shell's clock (virtual in the runner, real in a terminal); resolves early on interrupt */
  sleep(ms: number): Promise<void>;
  /** true once the user pressed Ctrl-C or the runner's time budget is used up */
  interrupted(): boolean;
  /** run a command line in a fresh child shell of the same kind (for `sh -c`); returns its exit status */
  runLine(line: string, io: OutputSink): Promise<number>;
}

export type CommandHandler = (ctx: CommandContext) => number | Promise<number>;

export interface CommandRegistry {
  get(name: string): CommandHandler | undefined;
  names(): string[];
}
