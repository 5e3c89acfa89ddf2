/** An error the daemon returns through its API; the CLI prints it as `Error response from daemon: <message>`. */
export type DaemonErrorKind = 'notFound' | 'conflict' | 'invalidParameter' | 'forbidden' | 'system';

export class DaemonError extends Error {
  constructor(
    message: string,
    readonly kind: DaemonErrorKind = 'system',
  ) {
    super(message);
  }
}

export const notFound = (msg: string) => new DaemonError(msg, 'notFound');
export const conflict = (msg: string) => new DaemonError(msg, 'conflict');
export const invalid = (msg: string) => new DaemonError(msg, 'invalidParameter');
export const forbidden = (msg: string) => new DaemonError(msg, 'forbidden');
