/** The playground terminal in Chromium: keyboard, paste, Tab, history, Ctrl-C, containers, reload. */
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { buffer, launchChromium, openPlayground, problemsOf, typeLine, waitForBuffer } from './browser.ts';

const baseUrl = inject('baseUrl');
const PROMPT = 'root@docker-host:~# ';
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});
beforeEach(async () => {
  await context?.close();
  context = await browser.newContext({ viewport: { width: 1100, height: 800 } });
  page = await openPlayground(context, baseUrl);
});

const lastLine = async () => (await buffer(page)).split('\n').at(-1);

describe('playground terminal', () => {
  it('runs commands typed with the keyboard and shows their output', async () => {
    expect(await buffer(page)).toMatch(/Type help to see what it can do\.\nroot@docker-host:~# $/);
    const text = await typeLine(page, 'docker network ls');
    expect(text).toMatch(/root@docker-host:~# docker network ls\nNETWORK ID +NAME +DRIVER +SCOPE\n[0-9a-f]{12} +bridge +bridge +local\n[0-9a-f]{12} +host +host +local\n[0-9a-f]{12} +none +null +local\nroot@docker-host:~# $/);
    expect(problemsOf(page)).toEqual([]);
  });

  it('completes with Tab (twice lists the candidates) and recalls history with the arrows', async () => {
    await page.keyboard.type('docker netw');
    await page.keyboard.press('Tab');
    await waitForBuffer(page, /docker network $/);
    await page.keyboard.type('c');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await waitForBuffer(page, /\nconnect  create\nroot@docker-host:~# docker network c$/);
    await page.keyboard.type('reate backend');
    await page.keyboard.press('Enter');
    await waitForBuffer(page, /\n[0-9a-f]{64}\nroot@docker-host:~# $/);
    await typeLine(page, 'docker network ls -q');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await waitForBuffer(page, /root@docker-host:~# docker network create backend$/);
    await page.keyboard.press('ArrowDown');
    await waitForBuffer(page, /root@docker-host:~# docker network ls -q$/);
    await page.keyboard.press('Enter');
    await waitForBuffer(page, /(ls -q\n([0-9a-f]{12}\n){4}[^]*){2}root@docker-host:~# $/);
  });

  it('runs each line of a multi-line paste in turn, joining continued lines', async () => {
    await page.evaluate(() => {
      const data = new DataTransfer();
      data.setData('text/plain', 'docker network create \\\n  --subnet 10.9.0.0/24 pasted\ndocker network inspect -f "{{range .IPAM.Config}}{{.Subnet}}{{end}}" pasted\n');
      // the terminal renders inside a shadow root
      const root = document.querySelector('.dn-xterm-host')?.shadowRoot ?? document;
      root.querySelector('.xterm-helper-textarea')!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    });
    const text = await waitForBuffer(page, /10\.9\.0\.0\/24\nroot@docker-host:~# $/);
    expect(text).toContain(`${PROMPT}docker network create \\\n>   --subnet 10.9.0.0/24 pasted\n`);
    expect(text).toContain(`${PROMPT}docker network inspect -f "{{range .IPAM.Config}}{{.Subnet}}{{end}}" pasted\n10.9.0.0/24`);
  });

  it('Ctrl-C stops a running docker exec ping, which prints its statistics', async () => {
    await typeLine(page, 'docker run -dit --name c1 alpine ash');
    await page.keyboard.type('docker exec c1 ping 127.0.0.1');
    await page.keyboard.press('Enter');
    await waitForBuffer(page, /seq=1 ttl=64/, 5_000);
    await page.keyboard.press('Control+C');
    const text = await waitForBuffer(page, /ping statistics ---\n\d+ packets transmitted, \d+ packets received, 0% packet loss\nround-trip min\/avg\/max = [\d./]+ ms\nroot@docker-host:~# $/);
    expect(text).toMatch(/\n\^C\n--- 127\.0\.0\.1 ping statistics ---/);
  });

  it('enters a container shell and leaves it with exit and with Ctrl-D', async () => {
    await typeLine(page, 'docker run -dit --name web busybox sh');
    await typeLine(page, 'docker exec -it web sh');
    expect(await lastLine()).toBe('/ # ');
    const text = await typeLine(page, 'hostname');
    expect(text).toMatch(/\/ # hostname\n[0-9a-f]{12}\n\/ # $/);
    await typeLine(page, 'exit');
    expect(await lastLine()).toBe(PROMPT);
    await typeLine(page, 'docker exec -it web sh');
    await page.keyboard.press('Control+D');
    await waitForBuffer(page, /\/ # exit\nroot@docker-host:~# $/);
  });

  it('keeps the host, history and transcript across a reload, until Reset', async () => {
    await typeLine(page, 'docker network create kept');
    await typeLine(page, 'docker run -dit --name keeper --network kept alpine ash');
    await page.reload();
    await page.waitForSelector('[data-dockernet-terminal][data-state="ready"]');
    const restored = await buffer(page);
    expect(restored).toContain(`${PROMPT}docker network create kept\n`);
    expect(restored).toMatch(/docker run -dit --name keeper --network kept alpine ash\n[0-9a-f]{64}\nroot@docker-host:~# $/);
    await page.click('.xterm');
    await page.keyboard.press('ArrowUp');
    await waitForBuffer(page, /root@docker-host:~# docker run -dit --name keeper --network kept alpine ash$/);
    await page.keyboard.press('Control+U');
    const ps = await typeLine(page, 'docker ps --format "{{.Names}} {{.Networks}}"');
    expect(ps).toMatch(/\nkeeper kept\n/);
    await page.getByRole('button', { name: 'Reset host' }).click();
    await waitForBuffer(page, /^Simulated Docker host[^\n]*\nroot@docker-host:~# $/);
    await page.reload();
    await page.waitForSelector('[data-dockernet-terminal][data-state="ready"]');
    expect(await buffer(page)).toMatch(/^Simulated Docker host[^\n]*\nroot@docker-host:~# $/);
  });

  it('exit ends the session; Enter starts a new one on a fresh host', async () => {
    await typeLine(page, 'docker network create gone');
    await page.keyboard.type('exit');
    await page.keyboard.press('Enter');
    await waitForBuffer(page, /exit\nexit\nSession ended\. Press Enter to start a new session on a fresh host\.$/);
    await page.keyboard.press('Enter');
    await waitForBuffer(page, /Session ended[^\n]*\nroot@docker-host:~# $/);
    const text = await typeLine(page, 'docker network ls --format "{{.Name}}"');
    expect(text).toMatch(/--format "\{\{\.Name\}\}"\nbridge\nhost\nnone\nroot@docker-host:~# $/);
  });

  it('can be driven from the page with a dockernet:type event and reports dockernet:command', async () => {
    const detail = await page.evaluate(
      () =>
        new Promise<{ command: string; status: number; output: string; terminal: string }>((resolve) => {
          document.addEventListener('dockernet:command', (e) => resolve((e as CustomEvent).detail), { once: true });
          window.dispatchEvent(new CustomEvent('dockernet:type', { detail: { command: 'docker network inspect -f "{{.Driver}}" bridge' } }));
        }),
    );
    expect(detail).toEqual({ terminal: 'playground', command: 'docker network inspect -f "{{.Driver}}" bridge', status: 0, output: 'bridge\n' });
    await waitForBuffer(page, /bridge\nroot@docker-host:~# $/);
  });
});
