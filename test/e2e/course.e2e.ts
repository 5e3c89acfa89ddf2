/**
 * The course site in Chromium: a lesson's Run buttons drive its terminal (with the build-time
 * output's IDs), the topology follows, Mark as done survives a reload and shows on the course map,
 * progress exports and imports, the split resizes from the keyboard, phones get the stacked layout,
 * and axe finds no serious or critical violation on the home, map and a lesson page in both themes.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { buffer, launchChromium, problemsOf, waitForBuffer } from './browser.ts';
import { SHOTS } from './page.e2e.ts';

const baseUrl = inject('baseUrl');
const LESSON = '/lessons/default-bridge/';
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** a page that records script errors, on a fresh browser profile unless a context is given */
async function open(context: BrowserContext, path: string): Promise<Page> {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  (page as Page & { problems: string[] }).problems = problems;
  await page.goto(`${baseUrl}${path}`);
  return page;
}

/** the lesson's terminal is up and its host prepared (Run buttons enabled) */
async function lessonReady(page: Page): Promise<void> {
  await page.waitForSelector('[data-dockernet-terminal][data-state="ready"]', { timeout: 15_000 });
  await page.waitForSelector('[data-dn-run]:not([disabled])');
}

/** a CSS string literal (a block's code may hold quotes and newlines) */
const cssString = (s: string) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\a ')}"`;
const runButton = (page: Page, command: string) => page.locator(`[data-dn-run][data-command=${cssString(command)}]`);

async function run(page: Page, command: string, until: RegExp): Promise<string> {
  await runButton(page, command).click();
  await page.evaluate(() => window.__dockernetTerminal!.settled());
  return waitForBuffer(page, until);
}

describe('a lesson page', () => {
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    context = await browser.newContext({ viewport: { width: 1366, height: 860 } });
    page = await open(context, LESSON);
    await lessonReady(page);
  });
  afterAll(async () => {
    await context.close();
  });

  it('shows the text beside the terminal and the topology, with a Run button under every runnable block only', async () => {
    expect(await page.locator('h1').allTextContents()).toEqual(['The default bridge network']);
    const text = (await page.locator('#dn-lesson-text').boundingBox())!;
    const terminal = (await page.locator('.dn-terminal').boundingBox())!;
    expect(terminal.x).toBeGreaterThan(text.x + text.width - 1);
    expect(await page.locator('[data-dn-topology] svg[role="img"]').count()).toBe(1);
    const blocks = await page.locator('.dn-block').count();
    expect(await page.locator('[data-dn-run]').count()).toBe(blocks);
    expect(await page.locator('.dn-block[data-kind="output"] figure.dn-output').count()).toBe(await page.locator('.dn-block[data-kind="output"]').count());
    expect(await page.getByRole('button', { name: 'Run' }).first().isVisible()).toBe(true);
  });

  it('Run types the block into the terminal as if typed; the output matches the one printed at build time', async () => {
    const command = 'docker network ls --filter driver=bridge';
    const built = (await page.locator('.dn-block', { has: runButton(page, command) }).locator('.dn-output-text').innerText()).trim();
    const screen = await run(page, command, /NETWORK ID[^]*root@docker-host:~# $/);
    // same seed, same IDs: the build's output is what the learner's terminal prints
    expect(built.split('\n')[0]).toBe(`$ ${command}`);
    // (the command line itself may wrap on the narrow terminal; its output rows are short)
    expect(screen).toContain(`\n${built.split('\n').slice(1).join('\n')}\nroot@docker-host:~# `);
  });

  it('the topology follows the terminal: containers appear, and a ping animates and announces its fate', async () => {
    expect(await page.locator('[data-key="container:alpine1"]').count()).toBe(0);
    await run(page, 'docker run -dit --name alpine1 alpine ash\ndocker run -dit --name alpine2 alpine ash', /([0-9a-f]{40,}[^]*){2}root@docker-host:~# $/);
    await page.waitForSelector('[data-key="container:alpine2"]');
    expect(await page.locator('[data-key="veth:alpine1/eth0"]').count()).toBe(1);
    expect(await page.locator('[data-dn-topo-text]').innerText()).toContain('alpine2 (alpine, running): eth0 172.17.0.3/16 on bridge');
    await run(page, 'docker exec alpine1 ping -c 2 172.17.0.3', /round-trip[^]*root@docker-host:~# $/);
    const fate = page.locator('[data-dn-topo-fate]');
    await fate.waitFor();
    expect(await fate.getAttribute('role')).toBe('status');
    expect(await fate.innerText()).toBe('ICMP from alpine1 to 172.17.0.3: delivered (3 hops).');
    expect(await page.locator('[data-packet] .tp-route.tp-ok').count()).toBe(1);
    await run(page, 'docker exec alpine1 ping -c 1 alpine2', /bad address 'alpine2'\nroot@docker-host:~# $/);
    await page.waitForFunction(() => document.querySelector('[data-dn-topo-fate]')?.textContent?.includes('did not resolve'));
    expect(await page.locator('[data-packet] .tp-cross').count()).toBe(1);
  });

  it('Mark as done and the terminal survive a reload; Reset host starts over with the lesson host', async () => {
    const done = page.getByRole('button', { name: 'Mark as done' });
    expect(await done.getAttribute('aria-pressed')).toBe('false');
    await done.click();
    expect(await done.getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('[data-dn-done-status]').innerText()).toBe('You marked this lesson as done.');
    await page.reload();
    await lessonReady(page);
    expect(await page.getByRole('button', { name: 'Mark as done' }).getAttribute('aria-pressed')).toBe('true');
    // the screen wraps long lines at the terminal's width
    expect((await buffer(page)).replace(/\n/g, '')).toContain('docker exec alpine1 ping -c 1 alpine2');
    await page.waitForSelector('[data-key="container:alpine1"]');
    expect(await page.locator(`nav a[data-lesson="default-bridge"]`).first().getAttribute('data-done')).toBe('true');
    await page.getByRole('button', { name: 'Reset host' }).click();
    await page.waitForFunction(() => !document.querySelector('[data-key="container:alpine1"]'));
    await lessonReady(page);
    expect(problemsOf(page)).toEqual([]);
  });

  it('the course map shows the lesson done; progress exports and imports as a file', async () => {
    const map = await open(context, '/course/');
    await map.waitForFunction(() => document.querySelector('[data-lesson-status="default-bridge"]')?.getAttribute('data-done') === 'true');
    expect(await map.locator('[data-lesson-status="default-bridge"]').innerText()).toBe('Done');
    expect(await map.locator('[data-dn-map-summary]').innerText()).toBe('1 of 18 lessons done');
    const [download] = await Promise.all([map.waitForEvent('download'), map.getByRole('button', { name: 'Export progress' }).click()]);
    const file = join(SHOTS, 'progress-export.json');
    await download.saveAs(file);
    const exported = JSON.parse(readFileSync(file, 'utf8'));
    expect(exported).toMatchObject({ format: 'dockernet-academy-progress', v: 1, lessons: { 'default-bridge': { done: true } } });
    map.once('dialog', (d) => d.accept());
    await map.getByRole('button', { name: 'Forget progress' }).click();
    await map.waitForFunction(() => document.querySelector('[data-lesson-status="default-bridge"]')?.getAttribute('data-done') === 'false');
    await map.locator('[data-dn-import-file]').setInputFiles(file);
    await map.waitForFunction(() => document.querySelector('[data-dn-progress-status]')?.textContent?.startsWith('Imported'));
    expect(await map.locator('[data-lesson-status="default-bridge"]').innerText()).toBe('Done');
    await map.locator('[data-dn-import-file]').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"v":7,"lessons":{}}') });
    await map.waitForFunction(() => document.querySelector('[data-dn-progress-status]')?.textContent?.includes('unsupported version'));
    expect(problemsOf(map)).toEqual([]);
    await map.close();
  });

  it('keyboard users skip from the text to the terminal: Skip to content lands on the title, Go to the terminal on the terminal', async () => {
    await page.reload();
    await lessonReady(page);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => location.hash)).toBe('#_top');
    const jump = page.getByRole('link', { name: 'Go to the terminal' });
    await jump.focus();
    expect(await jump.isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('dn-tools');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('[data-dockernet-terminal]') !== null)).toBe(true);
  });

  it('the split between text and terminal moves with the keyboard and is remembered', async () => {
    const handle = page.getByRole('separator', { name: 'Resize the text and terminal panes' });
    const before = Number(await handle.getAttribute('aria-valuenow'));
    const width = async () => (await page.locator('#dn-lesson-text').boundingBox())!.width;
    const w0 = await width();
    await handle.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('PageDown');
    expect(Number(await handle.getAttribute('aria-valuenow'))).toBe(before + 12);
    expect(await width()).toBeGreaterThan(w0 + 50);
    await page.keyboard.press('Home');
    expect(await handle.getAttribute('aria-valuenow')).toBe('25');
    await page.reload();
    await lessonReady(page);
    expect(await page.getByRole('separator').getAttribute('aria-valuenow')).toBe('25');
    await page.getByRole('separator').focus();
    await page.keyboard.press('End');
    await page.keyboard.press('PageUp');
    await page.keyboard.press('PageUp');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    expect(await page.getByRole('separator').getAttribute('aria-valuenow')).toBe('45');
  });
});

describe('search', () => {
  it('finds lessons by their text with Pagefind, offline from the built index', async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 860 } });
    const page = await open(context, '/course/');
    await page.getByRole('button', { name: /search/i }).first().click();
    // type into the dialog's field once it is there (the dialog loads Pagefind's UI on first open)
    const field = page.locator('dialog[open] input').first();
    await field.waitFor({ timeout: 10_000 });
    await field.fill('macvlan parent');
    const first = page.locator('dialog a[href="/lessons/macvlan-bridge/"]');
    await first.waitFor({ timeout: 20_000 });
    // the index holds lesson text, not the Run buttons' labels
    expect(await page.locator('dialog').innerText()).not.toContain('▶ Run');
    await first.click();
    await page.waitForURL(/\/lessons\/macvlan-bridge\/$/);
    expect(problemsOf(page)).toEqual([]);
    await context.close();
  });
});

describe('on a phone', () => {
  it('stacks text and terminal, and Run takes the reader to the terminal and back', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 800 }, isMobile: true, hasTouch: true });
    const page = await open(context, '/lessons/cnm/');
    await lessonReady(page);
    expect(await page.getByRole('separator').isVisible()).toBe(false);
    const text = (await page.locator('#dn-lesson-text').boundingBox())!;
    const terminal = (await page.locator('.dn-terminal').boundingBox())!;
    expect(terminal.y).toBeGreaterThan(text.y + text.height - 1);
    const button = runButton(page, 'docker network ls');
    await button.click();
    await waitForBuffer(page, /NETWORK ID[^]*root@docker-host:~# $/);
    const back = page.getByRole('button', { name: 'Back to the text' });
    await back.waitFor();
    // scrolled to the terminal (below Starlight's fixed header, which scroll-padding accounts for)
    await page.waitForFunction(() => {
      const top = document.querySelector('[data-dn-split-aside]')!.getBoundingClientRect().top;
      return top >= 0 && top < window.innerHeight / 3;
    });
    await back.click();
    expect(await button.evaluate((b) => b === document.activeElement)).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    expect(problemsOf(page)).toEqual([]);
    await context.close();
  });
});

describe('accessibility (axe) and looks (screenshots)', () => {
  for (const theme of ['light', 'dark'] as const) {
    for (const [name, path] of [['home', '/'], ['map', '/course/'], ['lesson', LESSON]] as const) {
      it(`${name} page, ${theme} theme: no serious or critical axe violations`, async () => {
        const context = await browser.newContext({ colorScheme: theme, viewport: { width: 1366, height: 860 } });
        await context.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
        const page = await open(context, path);
        if (name === 'lesson') {
          await lessonReady(page);
          await run(page, 'docker run -dit --name alpine1 alpine ash\ndocker run -dit --name alpine2 alpine ash', /([0-9a-f]{40,}[^]*){2}root@docker-host:~# $/);
        }
        expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
        const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
        const bad = result.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.slice(0, 5).map((n) => n.target.join(' ')).join('\n  ')}`);
        expect(bad, bad.join('\n')).toEqual([]);
        await page.screenshot({ path: join(SHOTS, `course-${name}-${theme}.png`) });
        expect(problemsOf(page)).toEqual([]);
        await context.close();
      });
    }
  }
});
