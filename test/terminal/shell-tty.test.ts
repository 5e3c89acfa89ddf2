/**
 * src/bin/shell.ts in a real pseudo-terminal (util-linux `script`), read back through
 * @xterm/headless: what `npm run shell` shows a learner in their own terminal.
 * And the same program with piped input, which must print nothing but command output.
 */
import { describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Terminal } from '@xterm/headless';

const root = fileURLToPath(new URL('../..', import.meta.url));
const shell = ['--import', 'tsx', 'src/bin/shell.ts'];
const hasScript = spawnSync('script', ['--version']).status === 0;

class PtySession {
  private raw = '';
  private readonly child;
  readonly exited: Promise<number | null>;
  readonly term = new Terminal({ cols: 80, rows: 24, allowProposedApi: true });

  constructor() {
    const cmd = `stty cols 80 rows 24; exec ${process.execPath} ${shell.join(' ')}`;
    this.child = spawn('script', ['-qfec', cmd, '/dev/null'], {
      cwd: root,
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, TERM: 'xterm-256color' },
    });
    this.child.stdout.setEncoding('utf8');
    this.child.stdout.on('data', (d: string) => {
      this.raw += d;
      this.term.write(d);
    });
    this.exited = new Promise((r) => this.child.on('exit', (code) => r(code)));
  }

  send(keys: string): void {
    this.child.stdin.write(keys);
  }

  /** the screen rows once the raw output matches */
  async waitFor(pattern: RegExp, timeout = 15_000): Promise<string[]> {
    const start = Date.now();
    while (!pattern.test(this.screen())) {
      if (Date.now() - start > timeout) throw new Error(`no ${pattern} on screen:\n${this.screen()}`);
      await new Promise((r) => setTimeout(r, 25));
      await new Promise<void>((r) => this.term.write('', r));
    }
    return this.screen().split('\n');
  }

  screen(): string {
    const b = this.term.buffer.active;
    const rows: string[] = [];
    for (let i = 0; i < b.length; i++) rows.push(b.getLine(i)!.translateToString(true));
    while (rows.length && rows[rows.length - 1] === '') rows.pop();
    return rows.join('\n');
  }

  kill(): void {
    this.child.kill('SIGKILL');
  }
}

const P = 'root@docker-host:~# ';

describe('npm run shell in a pseudo-terminal', () => {
  it('has util-linux script(1) to make the pseudo-terminal (Debian bsdutils; .ci/run installs it)', () => {
    expect(hasScript).toBe(true);
  });

  it('shows the prompt, completes with Tab, recalls history, runs container shells, exits with the status', async () => {
    const pty = new PtySession();
    try {
      await pty.waitFor(/root@docker-host:~# $/);
      pty.send('docker netw');
      pty.send('\t');
      await pty.waitFor(/docker network $/);
      pty.send('ls\r');
      await pty.waitFor(/none +null +local\nroot@docker-host:~# $/);
      pty.send('docker run -dit --name c1 alpine ash\r');
      await pty.waitFor(/[0-9a-f]{64}\nroot@docker-host:~# $/);
      pty.send('docker exec -it c');
      pty.send('\t');
      await pty.waitFor(/docker exec -it c1 $/);
      pty.send('sh\r');
      await pty.waitFor(/\n\/ # $/);
      pty.send('hostname\r');
      await pty.waitFor(/\/ # hostname\n[0-9a-f]{12}\n\/ # $/);
      pty.send('\x04');
      await pty.waitFor(/\/ # exit\nroot@docker-host:~# $/);
      // one history for the host and its container shells, as the session keeps it
      pty.send('\x1b[A');
      await pty.waitFor(/root@docker-host:~# hostname$/);
      pty.send('\x1b[A');
      await pty.waitFor(/root@docker-host:~# docker exec -it c1 sh$/);
      pty.send('\x03');
      const rows = await pty.waitFor(/docker exec -it c1 sh\^C\nroot@docker-host:~# $/);
      expect(rows[0]).toBe(`${P}docker network ls`);
      pty.send('exit 7\r');
      expect(await pty.exited).toBe(7);
    } finally {
      pty.kill();
    }
  });

  it('Ctrl-C interrupts a ping running in real time', async () => {
    const pty = new PtySession();
    try {
      await pty.waitFor(/root@docker-host:~# $/);
      pty.send('ping 192.0.2.1\r');
      await pty.waitFor(/64 bytes from 192\.0\.2\.1: icmp_seq=1/);
      pty.send('\x03');
      await pty.waitFor(/\^C\n--- 192\.0\.2\.1 ping statistics ---\n\d+ packets transmitted, \d+ received, 0% packet loss, time \d+ms\nrtt min\/avg\/max\/mdev = [\d./]+ ms\nroot@docker-host:~# $/);
      pty.send('\x04');
      expect(await pty.exited).toBe(0);
    } finally {
      pty.kill();
    }
  });
});

describe('npm run shell with piped input', () => {
  const pipe = (input: string) => spawnSync(process.execPath, shell, { cwd: root, input, encoding: 'utf8' });

  it('prints only the commands’ output and exits with the last status', () => {
    const r = pipe('docker network create \\\n  --subnet 10.1.0.0/24 n1\ndocker network ls --format "{{.Name}}" | sort\nfalse\n');
    expect(r.stdout).toMatch(/^[0-9a-f]{64}\nbridge\nhost\nn1\nnone\n$/);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
  });

  it('stops at exit with its status, saying nothing', () => {
    const r = pipe('hostname\nexit 3\necho never\n');
    expect(r.stdout).toBe('docker-host\n');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(3);
  });
});
