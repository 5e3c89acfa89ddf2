/**
 * Message formats that differ between bash and busybox ash, and between an
 * interactive shell and `bash -c`. Every text here was checked against bash 5.2
 * and BusyBox 1.35 ash.
 */
import type { ShellSyntaxError } from './errors';

export type Flavor = 'bash' | 'busybox';

export interface DialectInfo {
  flavor: Flavor;
  /** $0, used as the message prefix: bash / sh */
  name: string;
  /**
   * An interactive bash prints `bash: foo: command not found`; `bash -c` adds the line
   * number (`bash: line 1: foo: ...`) and, for syntax errors, `-c: line 1:` plus the
   * offending line. Busybox prints no line numbers either way.
   */
  interactive: boolean;
}

/** prefix of a runtime error message, e.g. `bash: line 1: ` */
export function errPrefix(d: DialectInfo, line: number): string {
  if (d.flavor === 'bash' && !d.interactive) return `${d.name}: line ${line}: `;
  return `${d.name}: `;
}

export function commandNotFound(d: DialectInfo, name: string, line: number): string {
  if (d.flavor === 'busybox') return `${d.name}: ${name}: not found\n`;
  return `${errPrefix(d, line)}${name}: command not found\n`;
}

/** a failed redirection; `err` is the ShellFs text such as `No such file or directory` */
export function redirError(d: DialectInfo, path: string, err: string, input: boolean, line: number): string {
  if (d.flavor === 'busybox') {
    if (input) return `${d.name}: can't open ${path}: ${err === 'No such file or directory' ? 'no such file' : err}\n`;
    return `${d.name}: can't create ${path}: ${err === 'No such file or directory' ? 'nonexistent directory' : err}\n`;
  }
  return `${errPrefix(d, line)}${path}: ${err}\n`;
}

export function formatSyntaxError(d: DialectInfo, e: ShellSyntaxError): string {
  const det = e.detail;
  if (d.flavor === 'busybox') {
    const p = `${d.name}: syntax error: `;
    if (det.kind === 'token') {
      if (det.token === '<<<') return p + 'unexpected redirection\n';
      return p + (det.token === 'newline' ? 'unexpected newline' : `unexpected "${det.token}"`) + '\n';
    }
    if (det.kind === 'eof') return p + 'unexpected end of file' + (det.expecting ? ` (expecting "${det.expecting}")` : '') + '\n';
    switch (det.construct) {
      case 'quote': return p + 'unterminated quoted string\n';
      case 'backquote': return p + 'EOF in backquote substitution\n';
      case 'cmdsub': return p + 'unexpected end of file (expecting ")")\n';
      case 'brace': return p + "missing '}'\n";
      case 'arith': return p + "missing '))'\n";
    }
  }
  // bash 5.2 prints only the `looking for matching' line for an open quote
  // (5.1 added `syntax error: unexpected end of file'); this follows the installed 5.2.
  const p = d.interactive ? `${d.name}: ` : `${d.name}: -c: line ${e.line}: `;
  if (det.kind === 'token') {
    const first = `${p}syntax error near unexpected token \`${det.token}'\n`;
    return d.interactive ? first : first + `${p}\`${e.lineText}'\n`;
  }
  if (det.kind === 'eof') return `${p}syntax error: unexpected end of file\n`;
  return `${p}unexpected EOF while looking for matching \`${det.char}'\n`;
}
