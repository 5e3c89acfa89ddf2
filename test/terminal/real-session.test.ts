/** The line editor driving the real TerminalSession (realTime 0): what a learner sees on screen. */
import { describe, expect, it } from 'vitest';
import { TerminalSession } from '../../src/cli/interactive/terminal-session.ts';
import { Engine } from '../../src/engine/engine.ts';
import { helpText } from '../../src/terminal/help-text.ts';
import { registryAvailability } from '../../src/terminal/command-catalogue.ts';
import { KEY, openScreen } from './harness.ts';

const P = 'root@docker-host:~# ';
const ENDED = 'Session ended. Press Enter to start a new session on a fresh host.';

function realScreen(realTime = 0, cols = 80) {
  const session = new TerminalSession({ realTime });
  const screen = openScreen(session, {
    cols,
    help: () => helpText(registryAvailability(session.engine)),
    endedMessage: ENDED,
    restart: () => session.reset(new Engine()),
  });
  return { session, screen };
}

describe('terminal on the simulated host', () => {
  it('enters a container shell with docker exec -it, shows its prompt, and leaves it with Ctrl-D', async () => {
    const { screen: s } = realScreen();
    await s.type('docker run -dit --name c1 alpine ash\r');
    await s.type('docker exec -it c1 sh\r');
    expect((await s.lines()).slice(-1)).toEqual(['/ # ']);
    await s.type('hostname\r');
    const rows = await s.lines();
    expect(rows.slice(-3)[0]).toBe('/ # hostname');
    expect(rows.slice(-2)[0]).toMatch(/^[0-9a-f]{12}$/);
    await s.type(KEY.ctrlD);
    expect((await s.lines()).slice(-2)).toEqual(['/ # exit', P]);
    await s.type('docker ps --format "{{.Names}} {{.Status}}"\r');
    expect((await s.lines()).slice(-2)[0]).toMatch(/^c1 Up/);
  });

  it('docker run -it opens the container shell; exit leaves it and stops the container', async () => {
    const { screen: s, session } = realScreen();
    await s.type('docker run -it --name tmp busybox sh\r');
    expect((await s.lines()).slice(-1)).toEqual(['/ # ']);
    await s.type('exit\r');
    expect((await s.lines()).slice(-1)).toEqual([P]);
    expect(Object.values(session.engine.state.daemon.containers)[0].state.status).toBe('exited');
  });

  it('Tab completes docker subcommands, flags and network names, and lists them on a second Tab', async () => {
    const { screen: s } = realScreen();
    await s.type('docker network create backend\r');
    await s.type('docker netw\t');
    expect(s.editor.line).toBe('docker network ');
    await s.type('c\t\t');
    expect((await s.lines()).slice(-2)).toEqual(['connect  create', `${P}docker network c`]);
    await s.type(KEY.ctrlU + 'docker network insp\tback\t');
    expect(s.editor.line).toBe('docker network inspect backend ');
    await s.type(KEY.ctrlU + 'docker run --netw\t');
    expect(s.editor.line).toBe('docker run --network');
  });

  it('Ctrl-C stops a running docker exec ping and shows its statistics', async () => {
    const { screen: s } = realScreen(0.01);
    await s.type('docker run -dit --name c1 alpine ash\r');
    s.editor.input('docker exec c1 ping 127.0.0.1\r');
    await new Promise((r) => setTimeout(r, 40));
    expect(s.editor.running).toBe(true);
    await s.type(KEY.ctrlC);
    const text = await s.text();
    expect(text).toMatch(/64 bytes from 127\.0\.0\.1: seq=0 ttl=64 time=[\d.]+ ms\n(.*\n)*\^C\n--- 127\.0\.0\.1 ping statistics ---\n\d+ packets transmitted, \d+ packets received, 0% packet loss\nround-trip min\/avg\/max = [\d./]+ ms\nroot@docker-host:~# $/);
  });

  it('exit at the host ends the session; Enter starts a fresh host', async () => {
    const { screen: s, session } = realScreen();
    await s.type('docker network create n1\r');
    await s.type('exit\r');
    // an interactive bash says "exit" as it leaves
    expect((await s.lines()).slice(-3)).toEqual([`${P}exit`, 'exit', ENDED]);
    await s.type('\r');
    expect((await s.lines()).slice(-1)).toEqual([P]);
    expect(Object.values(session.engine.state.daemon.networks).map((n) => n.name).sort()).toEqual(['bridge', 'host', 'none']);
  });

  it('help lists only tools that exist: each one it names runs without "not found"', async () => {
    const { screen: s, session } = realScreen();
    await s.type('help\r');
    const text = await s.text();
    expect(text).toContain('docker network create | ls | inspect | connect | disconnect | rm | prune');
    expect(text).toContain('Ctrl-P Ctrl-Q');
    const section = (title: string) => text.split(title)[1].split('\n').slice(1).find((l) => l.trim())!.trim().split(/\s+/);
    const sink = { out: '', write(_fd: 1 | 2, t: string) { this.out += t; } };
    for (const tool of section('Host tools:')) {
      sink.out = '';
      await session.run(`${tool} --version`, sink);
      expect(sink.out, tool).not.toMatch(/command not found/);
    }
    await session.run('docker run -dit --name box busybox sh', sink);
    await session.run('docker exec -it box sh', sink);
    for (const tool of section('Inside a container')) {
      sink.out = '';
      await session.run(`${tool} --help`, sink);
      expect(sink.out, tool).not.toMatch(/not found/);
    }
  });
});
