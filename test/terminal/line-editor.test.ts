import { describe, expect, it } from 'vitest';
import { FakeSession, KEY, openScreen } from './harness.ts';

const P = 'root@docker-host:~# ';

describe('line editor: typing and moving', () => {
  it('shows the prompt, echoes typing and prints output on the next row', async () => {
    const s = openScreen(new FakeSession({ 'docker network ls': 'NETWORK ID     NAME\n' }));
    await s.type('docker network ls');
    expect(await s.lines()).toEqual([`${P}docker network ls`]);
    await s.type(KEY.enter);
    expect(await s.lines()).toEqual([`${P}docker network ls`, 'NETWORK ID     NAME', P]);
    expect(await s.cursor()).toEqual({ x: P.length, y: 2 });
  });

  it('inserts in the middle, and Home/End in all their escape forms move the cursor', async () => {
    const session = new FakeSession();
    const s = openScreen(session);
    await s.type('dockr ps' + KEY.left.repeat(4) + 'e');
    expect(await s.lines()).toEqual([`${P}docker ps`]);
    for (const [home, end] of [['\x1b[H', '\x1b[F'], ['\x1b[1~', '\x1b[4~'], ['\x1bOH', '\x1bOF'], [KEY.ctrlA, KEY.ctrlE]]) {
      await s.type(home);
      expect((await s.cursor()).x).toBe(P.length);
      await s.type(end);
      expect((await s.cursor()).x).toBe(P.length + 'docker ps'.length);
    }
    await s.type(KEY.home + 'sudo ' + KEY.enter);
    expect(session.ran).toEqual(['sudo docker ps']);
  });

  it('Backspace, Delete, Ctrl-D mid-line, Ctrl-U, Ctrl-K, Ctrl-W and Ctrl-Y edit as readline does', async () => {
    const s = openScreen(new FakeSession());
    await s.type('docker network ls');
    await s.type(KEY.bs + KEY.bs);
    expect(s.editor.line).toBe('docker network ');
    await s.type(KEY.ctrlW);
    expect(s.editor.line).toBe('docker ');
    await s.type('ps -a' + KEY.home + KEY.del + KEY.ctrlD);
    expect(s.editor.line).toBe('cker ps -a');
    await s.type(KEY.right.repeat(4) + KEY.ctrlK);
    expect(s.editor.line).toBe('cker');
    await s.type(KEY.ctrlU);
    expect(s.editor.line).toBe('');
    await s.type(KEY.ctrlY);
    expect(s.editor.line).toBe('cker');
    expect(await s.lines()).toEqual([`${P}cker`]);
  });

  it('wraps a long line and moves the cursor across the wrapped rows', async () => {
    const session = new FakeSession();
    const s = openScreen(session, { cols: 30 });
    const cmd = 'docker run -d --name web --network backend nginx';
    await s.type(cmd);
    expect(await s.lines()).toEqual([`${P}docker run`, ' -d --name web --network backe', 'nd nginx']);
    expect(await s.cursor()).toEqual({ x: 8, y: 2 });
    await s.type(KEY.home);
    expect(await s.cursor()).toEqual({ x: P.length, y: 0 });
    await s.type(KEY.right.repeat(10));
    expect(await s.cursor()).toEqual({ x: 0, y: 1 });
    await s.type('X');
    expect(await s.lines()).toEqual([`${P}docker run`, 'X -d --name web --network back', 'end nginx']);
    await s.type(KEY.ctrlE + KEY.enter);
    expect(session.ran).toEqual(['docker runX -d --name web --network backend nginx']);
    expect((await s.lines()).slice(-3)).toEqual(['ran: docker runX -d --name web', ' --network backend nginx', P]);
  });

  it('a line that ends exactly at the right margin puts the cursor on the next row', async () => {
    const s = openScreen(new FakeSession(), { cols: 30 });
    await s.type('x'.repeat(30 - P.length));
    expect(await s.cursor()).toEqual({ x: 0, y: 1 });
    await s.type('y' + KEY.left + KEY.left);
    expect(await s.cursor()).toEqual({ x: 29, y: 0 });
    await s.type(KEY.bs);
    // the blank that moved the cursor on (' \r') stays in the cell after the line, unseen
    expect(await s.lines()).toEqual([`${P}xxxxxxxxxy`, ' ']);
    expect(await s.cursor()).toEqual({ x: 28, y: 0 });
    await s.type(KEY.end);
    expect(await s.cursor()).toEqual({ x: 0, y: 1 });
  });

  it('counts wide characters as two columns', async () => {
    // the prompt and 'echo ' fill 25 of 26 columns: the first wide character wraps whole
    const s = openScreen(new FakeSession(), { cols: 26 });
    await s.type('echo 网络');
    expect(await s.lines()).toEqual([`${P}echo `, '网络']);
    expect(await s.cursor()).toEqual({ x: 4, y: 1 });
    await s.type(KEY.left);
    expect(await s.cursor()).toEqual({ x: 2, y: 1 });
    await s.type(KEY.left + KEY.left);
    expect(await s.cursor()).toEqual({ x: 24, y: 0 });
    await s.type(KEY.ctrlE + KEY.bs);
    expect(await s.lines()).toEqual([`${P}echo `, '网']);
  });

  it('Ctrl-L clears the screen and redraws the prompt and the line', async () => {
    const s = openScreen(new FakeSession());
    await s.type('one' + KEY.enter + 'two' + KEY.left + KEY.ctrlL);
    const rows = await s.lines();
    expect(rows[rows.length - 1]).toBe(`${P}two`);
    expect(s.term.buffer.active.cursorY).toBe(0);
    expect(await s.cursor()).toEqual({ x: P.length + 2, y: 0 });
  });
});

describe('line editor: Ctrl-C, Ctrl-D and the end of a session', () => {
  it('Ctrl-C at the prompt prints ^C and a new prompt, discarding the line', async () => {
    const session = new FakeSession();
    const s = openScreen(session);
    await s.type('docker ps' + KEY.left.repeat(3) + KEY.ctrlC);
    expect(await s.lines()).toEqual([`${P}docker ps^C`, P]);
    expect(session.ran).toEqual([]);
  });

  it('Ctrl-C while a command runs interrupts it and prints ^C; keys typed meanwhile are dropped', async () => {
    const session = new FakeSession();
    const s = openScreen(session);
    s.editor.input('block' + KEY.enter + 'echo later');
    await new Promise((r) => setTimeout(r, 5));
    expect(s.editor.running).toBe(true);
    s.editor.input(KEY.ctrlC);
    expect(await s.lines()).toEqual([`${P}block`, 'blocking', '^Cunblocked', P]);
    expect(session.interrupted).toBe(1);
  });

  it('Ctrl-D on an empty line prints exit; at the host the session ends and Enter starts again', async () => {
    const session = new FakeSession();
    let restarts = 0;
    const s = openScreen(session, {
      endedMessage: 'Session ended. Press Enter to start a new session on a fresh host.',
      restart: () => {
        restarts++;
        session.ended = false;
      },
    });
    await s.type(KEY.ctrlD);
    expect(await s.lines()).toEqual([`${P}exit`, 'Session ended. Press Enter to start a new session on a fresh host.']);
    await s.type('ignored' + KEY.enter);
    expect(restarts).toBe(1);
    expect((await s.lines()).slice(-1)).toEqual([P]);
  });
});

describe('line editor: history and reverse search', () => {
  it('Up and Down walk the history and give back the unfinished line', async () => {
    const session = new FakeSession();
    const s = openScreen(session);
    await s.type('docker network ls' + KEY.enter + 'docker ps' + KEY.enter);
    await s.type('dock' + KEY.up);
    expect(s.editor.line).toBe('docker ps');
    await s.type(KEY.up + KEY.up);
    expect(s.editor.line).toBe('docker network ls');
    await s.type(KEY.down);
    expect(s.editor.line).toBe('docker ps');
    await s.type(KEY.down);
    expect(s.editor.line).toBe('dock');
    expect((await s.lines()).slice(-1)).toEqual([`${P}dock`]);
  });

  it('Ctrl-R shows (reverse-i-search) as bash does, Ctrl-R again finds older matches, Enter runs', async () => {
    const session = new FakeSession();
    const s = openScreen(session);
    await s.type('docker network create backend' + KEY.enter + 'docker ps' + KEY.enter + 'docker network ls' + KEY.enter);
    await s.type(KEY.ctrlR + 'netw');
    expect((await s.lines()).slice(-1)).toEqual(["(reverse-i-search)`netw': docker network ls"]);
    expect((await s.cursor()).x).toBe("(reverse-i-search)`netw': docker ".length);
    await s.type(KEY.ctrlR);
    expect((await s.lines()).slice(-1)).toEqual(["(reverse-i-search)`netw': docker network create backend"]);
    await s.type('z');
    await s.type('z');
    expect((await s.lines()).slice(-1)).toEqual(["(failed reverse-i-search)`netwzz': docker network create backend"]);
    await s.type(KEY.bs + KEY.bs + KEY.enter);
    expect(session.ran.at(-1)).toBe('docker network create backend');
    expect((await s.lines()).slice(-3)).toEqual([`${P}docker network create backend`, 'ran: docker network create backend', P]);
  });

  it('an arrow key ends the search and edits the found line; Ctrl-G gives the old line back', async () => {
    const s = openScreen(new FakeSession());
    await s.type('docker ps -a' + KEY.enter + 'hostname' + KEY.enter);
    await s.type('typed' + KEY.ctrlR + 'ps' + KEY.ctrlG);
    expect((await s.lines()).slice(-1)).toEqual([`${P}typed`]);
    await s.type(KEY.ctrlU + KEY.ctrlR + 'ps' + KEY.end + ' --no-trunc');
    expect((await s.lines()).slice(-1)).toEqual([`${P}docker ps -a --no-trunc`]);
  });

  it('history, clear and help are the terminal’s own commands', async () => {
    const session = new FakeSession();
    const s = openScreen(session, { help: () => 'HELP TEXT\n' });
    await s.type('docker network ls' + KEY.enter + 'help' + KEY.enter + 'history' + KEY.enter);
    expect((await s.lines()).slice(-6)).toEqual(['HELP TEXT', `${P}history`, '    1  docker network ls', '    2  help', '    3  history', P]);
    expect(session.ran).toEqual(['docker network ls']);
    await s.type('history 1' + KEY.enter);
    expect((await s.lines()).slice(-2)).toEqual(['    4  history 1', P]);
    await s.type('clear' + KEY.enter);
    expect(await s.lines()).toEqual([P]);
  });
});

describe('line editor: completion', () => {
  it('one candidate completes with a space; several complete the common prefix, a second Tab lists them', async () => {
    const session = new FakeSession();
    session.candidates = ['connect', 'create', 'disconnect', 'inspect', 'ls', 'prune', 'rm'];
    const s = openScreen(session);
    await s.type('docker network d' + KEY.tab);
    expect(s.editor.line).toBe('docker network disconnect ');
    await s.type(KEY.ctrlU + 'docker network c' + KEY.tab);
    expect(s.editor.line).toBe('docker network c');
    await s.type(KEY.tab);
    expect((await s.lines()).slice(-2)).toEqual(['connect  create', `${P}docker network c`]);
    await s.type('o' + KEY.tab);
    expect(s.editor.line).toBe('docker network connect ');
  });

  it('lists many candidates in columns, sorted down the columns, to the terminal width', async () => {
    const session = new FakeSession();
    session.candidates = Array.from({ length: 10 }, (_, i) => `web${i}`);
    const s = openScreen(session, { cols: 40 });
    await s.type('docker exec w' + KEY.tab + KEY.tab);
    expect((await s.lines()).slice(1)).toEqual([
      'web0  web2  web4  web6  web8',
      'web1  web3  web5  web7  web9',
      `${P}docker exec web`,
    ]);
  });

  it('asks before listing more than 100 candidates', async () => {
    const session = new FakeSession();
    session.candidates = Array.from({ length: 150 }, (_, i) => `c${i}`);
    const s = openScreen(session);
    await s.type('docker rm ' + KEY.tab);
    expect(s.editor.line).toBe('docker rm c');
    await s.type(KEY.tab);
    expect((await s.lines()).slice(-1)).toEqual(['Display all 150 possibilities? (y or n)']);
    await s.type('n');
    expect((await s.lines()).slice(-1)).toEqual([`${P}docker rm c`]);
    // the question was the answer to a Tab, so the next Tab asks again at once, as in bash
    await s.type(KEY.tab + 'y');
    expect((await s.lines()).slice(-1)).toEqual([`${P}docker rm c`]);
    expect((await s.lines()).slice(-2)[0]).toMatch(/^c\d+ +c\d+/);
  });
});

describe('line editor: multi-line input and paste', () => {
  it('an open quote continues on a "> " prompt and runs as one input', async () => {
    const session = new FakeSession();
    const s = openScreen(session);
    await s.type('echo "hello' + KEY.enter + 'world"' + KEY.enter);
    expect(session.ran).toEqual(['echo "hello\nworld"']);
    expect((await s.lines()).slice(0, 2)).toEqual([`${P}echo "hello`, '> world"']);
  });

  it('a backslash-newline joins the lines, in the command and in history', async () => {
    const session = new FakeSession();
    const s = openScreen(session);
    await s.type('docker run -d \\' + KEY.enter + '  --name web nginx' + KEY.enter);
    expect(session.ran).toEqual(['docker run -d   --name web nginx']);
    expect(session.history).toEqual(['docker run -d   --name web nginx']);
    expect((await s.lines()).slice(0, 2)).toEqual([`${P}docker run -d \\`, '>   --name web nginx']);
  });

  it('pasted lines run one after another with their output between them', async () => {
    const session = new FakeSession();
    const s = openScreen(session);
    await s.type('docker network create backend\ndocker network ls\r\necho "a\nb"\n');
    expect(session.ran).toEqual(['docker network create backend', 'docker network ls', 'echo "a\nb"']);
    expect(await s.lines()).toEqual([
      `${P}docker network create backend`, 'ran: docker network create backend',
      `${P}docker network ls`, 'ran: docker network ls',
      `${P}echo "a`, '> b"', 'ran: echo "a', 'b"', P,
    ]);
  });

  it('lines typed while a command runs are queued and run after it', async () => {
    const session = new FakeSession();
    const s = openScreen(session);
    s.editor.input('block' + KEY.enter);
    await new Promise((r) => setTimeout(r, 5));
    s.editor.input('hostname' + KEY.enter + 'unfinished');
    session.interrupt();
    expect(await s.lines()).toEqual([`${P}block`, 'blocking', 'unblocked', `${P}hostname`, 'ran: hostname', `${P}unfinished`]);
  });
});

describe('line editor: driven from the page', () => {
  it('typeCommand replaces the half-typed line, queues while busy, and starts a new session after exit', async () => {
    const session = new FakeSession();
    const s = openScreen(session, { endedMessage: 'ended', restart: () => void (session.ended = false) });
    await s.type('half typed');
    s.editor.typeCommand('docker ps');
    s.editor.typeCommand('hostname');
    await s.settle();
    expect(session.ran).toEqual(['docker ps', 'hostname']);
    await s.type('exit\r');
    s.editor.typeCommand('docker network ls');
    await s.settle();
    expect(session.ran).toEqual(['docker ps', 'hostname', 'exit', 'docker network ls']);
    expect((await s.lines()).slice(-4)).toEqual(['ended', `${P}docker network ls`, 'ran: docker network ls', P]);
  });
});

describe('line editor: reset', () => {
  it('a reset during a command gives a fresh prompt at once, and the old command prints nothing more', async () => {
    const session = new FakeSession();
    const s = openScreen(session);
    s.editor.input('block' + KEY.enter);
    await new Promise((r) => setTimeout(r, 5));
    s.editor.restartPrompt();
    await s.editor.idle();
    session.interrupt();
    expect(await s.lines()).toEqual([`${P}block`, 'blocking', P]);
    await s.type('hostname' + KEY.enter);
    expect((await s.lines()).slice(-2)).toEqual(['ran: hostname', P]);
  });
});

describe('line editor: container shells', () => {
  it('Ctrl-P Ctrl-Q detaches inside a container; Ctrl-P alone is previous-history', async () => {
    const session = new FakeSession();
    const s = openScreen(session);
    await s.type('enter' + KEY.enter);
    expect((await s.lines()).slice(-1)).toEqual(['/ # ']);
    await s.type(KEY.ctrlP + 'x');
    expect(s.editor.line).toBe('enterx');
    await s.type(KEY.ctrlU + KEY.ctrlP + KEY.ctrlQ);
    expect((await s.lines()).slice(-2)).toEqual(['/ # read escape sequence', P]);
    await s.type(KEY.ctrlP);
    expect(s.editor.line).toBe('enter');
  });
});
