import { describe, expect, it } from 'vitest';
import { TerminalSession } from '../../src/cli/interactive/terminal-session.ts';

function sink() {
  const o = { text: '', write: (_fd: 1 | 2, t: string) => void (o.text += t) };
  return o;
}

describe('interactive terminal session', () => {
  it('keeps shell variables and $? across lines and shows the host prompt', async () => {
    const s = new TerminalSession({ realTime: 0 });
    expect(s.prompt()).toBe('root@docker-host:~# ');
    const o = sink();
    await s.run('X=42', o);
    await s.run('false', o);
    await s.run('echo $X $?', o);
    expect(o.text).toBe('42 1\n');
  });

  it('enters a container with docker exec -it and leaves it with exit, the container still running', async () => {
    const s = new TerminalSession({ realTime: 0 });
    const o = sink();
    await s.run('docker run -dit --name c1 alpine ash', o);
    await s.run('docker exec -it c1 sh', o);
    expect(s.prompt()).toBe('/ # ');
    o.text = '';
    await s.run('hostname', o);
    expect(o.text).toMatch(/^[0-9a-f]{12}\n$/);
    await s.run('exit', o);
    expect(s.prompt()).toBe('root@docker-host:~# ');
    const c = Object.values(s.engine.state.daemon.containers)[0];
    expect(c.state.status).toBe('running');
  });

  it('docker run -it --rm alpine sh: leaving the main shell stops and removes the container', async () => {
    const s = new TerminalSession({ realTime: 0 });
    const o = sink();
    await s.run('docker run -it --rm --name tmp alpine sh', o);
    expect(s.prompt()).toBe('/ # ');
    s.eof(o);
    expect(s.prompt()).toBe('root@docker-host:~# ');
    expect(Object.keys(s.engine.state.daemon.containers)).toHaveLength(0);
  });

  it('detaches with Ctrl-P Ctrl-Q and re-attaches', async () => {
    const s = new TerminalSession({ realTime: 0 });
    const o = sink();
    await s.run('docker run -it --name keep alpine ash', o);
    expect(s.detach(o)).toBe(true);
    expect(o.text).toContain('read escape sequence');
    await s.run('docker attach keep', o);
    expect(s.prompt()).toBe('/ # ');
  });

  it('Ctrl-C stops a ping that would run forever and prints its statistics', async () => {
    const s = new TerminalSession({ realTime: 0.001 });
    const o = sink();
    await s.run('docker run -dit --name pinger alpine ash', o);
    const running = s.run('docker exec pinger ping 127.0.0.1', o);
    await new Promise((r) => setTimeout(r, 30));
    s.interrupt();
    const status = await running;
    expect(o.text).toMatch(/--- 127\.0\.0\.1 ping statistics ---\n\d+ packets transmitted, \d+ packets received, 0% packet loss/);
    expect(status).toBe(0);
  });

  it('Ctrl-C stops a busy shell loop too', async () => {
    const s = new TerminalSession({ realTime: 0 });
    const o = sink();
    const running = s.run('while true; do echo x; done', o);
    await new Promise((r) => setTimeout(r, 40));
    s.interrupt();
    expect(await running).toBe(130);
    expect(o.text.startsWith('x\n')).toBe(true);
  });

  it('history works in a pipe', async () => {
    const s = new TerminalSession({ realTime: 0 });
    await s.run('docker network ls', sink());
    const o = sink();
    await s.run('history | grep network', o);
    // as in bash, the line being run is already in the history
    expect(o.text).toBe('    1  docker network ls\n    2  history | grep network\n');
  });

  it('completes commands, docker subcommands, flags, networks and containers', async () => {
    const s = new TerminalSession({ realTime: 0 });
    await s.run('docker network create backend', sink());
    await s.run('docker run -dit --name web1 alpine ash', sink());
    expect(s.complete('doc', 3).candidates).toEqual(['docker']);
    expect(s.complete('docker net', 10).candidates).toEqual(['network']);
    expect(s.complete('docker network c', 16).candidates).toEqual(['connect', 'create']);
    expect(s.complete('docker network connect back', 27).candidates).toEqual(['backend']);
    expect(s.complete('docker network connect backend w', 32).candidates).toEqual(['web1']);
    expect(s.complete('docker run --netw', 17).candidates).toEqual(['--network', '--network-alias']);
    expect(s.complete('docker exec -it w', 17)).toEqual({ from: 16, candidates: ['web1'] });
  });
});
