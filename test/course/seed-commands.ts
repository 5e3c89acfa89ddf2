/**
 * The example commands of the seed notes (../shared/seeds/*.txt): lines starting with `docker `,
 * `ip `, `brctl`, `iptables` or `sysctl`, inside a code fence or after a `$ ` / `> ` prompt, with
 * continuation lines joined, trailing `# comments` dropped and whitespace collapsed. Also the same
 * normalisation for what lessons show, so the two sides compare like for like.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface SeedCommand {
  file: string;
  line: number;
  command: string;
}

const COMMAND = /^(docker |ip |brctl\b|iptables\b|sysctl\b)/;
const PROMPT = /^(\$|>)\s+/;

/** one command as it would be compared: single spaces, no trailing comment, no prompt */
export function normalizeCommand(text: string): string {
  return text
    .replace(/\\\r?\n\s*/g, ' ')
    .replace(/\s+#\s.*$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const withoutComment = (line: string) => line.replace(/\s+#\s.*$/, '');

export function seedCommands(dir: string): SeedCommand[] {
  const out: SeedCommand[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
    const lines = readFileSync(join(dir, file), 'utf8').split(/\r?\n/);
    let inFence = false;
    for (let i = 0; i < lines.length; i++) {
      const trimmed = lines[i].trim();
      if (trimmed.startsWith('```')) {
        inFence = !inFence;
        continue;
      }
      const prompted = PROMPT.test(trimmed);
      const text = withoutComment(trimmed.replace(PROMPT, ''));
      if (!COMMAND.test(text) || !(inFence || prompted)) continue;
      let command = text;
      const start = i;
      // a trailing backslash continues the command on the next line(s); the notes sometimes put a
      // `# comment` after the backslash, which a shell would not accept but a reader does
      while (/\\\s*$/.test(command) && i + 1 < lines.length && !lines[i + 1].trim().startsWith('```')) {
        command = `${command.replace(/\\\s*$/, '')} ${withoutComment(lines[++i].trim().replace(PROMPT, ''))}`;
      }
      out.push({ file, line: start + 1, command: normalizeCommand(command) });
    }
  }
  return out;
}
