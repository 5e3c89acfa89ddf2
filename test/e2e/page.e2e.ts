/**
 * The playground page around the terminal: landmarks and labels, the text mode and transcript,
 * find, copy, what shows without JavaScript or without xterm, and screenshots in both schemes.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { buffer, launchChromium, openPlayground, problemsOf, typeLine, waitForBuffer } from './browser.ts';

const baseUrl = inject('baseUrl');
/** where the screenshots go (outside the repository); E2E_SCREENSHOTS overrides */
export const SHOTS = process.env.E2E_SCREENSHOTS ?? join(tmpdir(), 'dockernet-e2e-screenshots');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

describe('playground page', () => {
  it('has landmarks, one h1, labelled controls, and a link from the home page', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${baseUrl}/`);
    await page.locator('main a[href$="/playground/"]').first().click();
    await page.waitForSelector('[data-dockernet-terminal][data-state="ready"]');
    expect(new URL(page.url()).pathname).toBe('/playground/');
    expect(await page.locator('main').count()).toBe(1);
    expect(await page.getByRole('navigation', { name: 'Site' }).count()).toBe(1);
    expect(await page.locator('h1').allTextContents()).toEqual(['Playground']);
    expect(await page.getByRole('region', { name: 'Terminal on docker-host' }).count()).toBe(1);
    expect(await page.getByRole('textbox', { name: 'Terminal on docker-host input' }).count()).toBe(1);
    expect(await page.getByRole('textbox', { name: 'Command (text mode)' }).count()).toBe(1);
    expect(await page.getByRole('log', { name: 'Terminal on docker-host transcript' }).count()).toBe(1);
    // the first Tab shows the skip link, with a visible focus outline
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      return { text: el.textContent, outline: getComputedStyle(el).outlineStyle, top: el.getBoundingClientRect().top };
    });
    expect(focused).toEqual({ text: 'Skip to content', outline: 'solid', top: expect.any(Number) });
    expect(focused.top).toBeGreaterThanOrEqual(0);
    await context.close();
  });

  it('passes an axe WCAG 2.1 AA audit in light and dark, transcript shown', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ colorScheme });
      const page = await openPlayground(context, baseUrl);
      await typeLine(page, 'docker network ls');
      await page.getByRole('button', { name: 'Show transcript' }).click();
      const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      const found = result.violations.map((v) => `${colorScheme}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      expect(found).toEqual([]);
      await context.close();
    }
  });

  it('text mode runs a command without xterm and the transcript shows it as plain text', async () => {
    const context = await browser.newContext();
    const page = await openPlayground(context, baseUrl);
    const log = page.getByRole('log');
    expect(await log.evaluate((el) => el.classList.contains('dn-visually-hidden'))).toBe(true);
    await page.getByRole('textbox', { name: 'Command (text mode)' }).fill('docker network ls --format "{{.Name}}"');
    await page.getByRole('button', { name: 'Run' }).click();
    await waitForBuffer(page, /bridge\nhost\nnone\nroot@docker-host:~# $/);
    await page.getByRole('button', { name: 'Show transcript' }).click();
    expect(await page.getByRole('button', { name: 'Hide transcript' }).getAttribute('aria-expanded')).toBe('true');
    await page.waitForFunction(() => document.querySelector('[data-dn-log]')!.textContent!.includes('none'));
    expect((await log.innerText()).replace(/\n+/g, '\n').trim()).toBe('root@docker-host:~# docker network ls --format "{{.Name}}"\nbridge\nhost\nnone');
    expect(await log.isVisible()).toBe(true);
    await context.close();
  });

  it('finds text in the scrollback with Ctrl-Shift-F', async () => {
    const context = await browser.newContext();
    const page = await openPlayground(context, baseUrl);
    await typeLine(page, 'docker network ls');
    await typeLine(page, 'docker network ls');
    await page.keyboard.press('Control+Shift+F');
    const find = page.getByRole('searchbox', { name: 'Find' });
    await find.waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('search');
    await find.fill('bridge');
    await page.waitForFunction(() => /of 4$/.test(document.querySelector('[data-dn-find-status]')!.textContent ?? ''));
    await find.press('Escape');
    expect(await page.locator('[data-dn-find-form]').isHidden()).toBe(true);
    await context.close();
  });

  it('copies the selection with Ctrl-C instead of interrupting', async () => {
    const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await openPlayground(context, baseUrl);
    await typeLine(page, 'hostname');
    const box = (await page.locator('.xterm-screen').boundingBox())!;
    const rowHeight = box.height / (await page.locator('.xterm-rows > div').count());
    // select the third row ("docker-host") by dragging across it
    await page.mouse.move(box.x + 1, box.y + rowHeight * 2.5);
    await page.mouse.down();
    await page.mouse.move(box.x + 200, box.y + rowHeight * 2.5, { steps: 5 });
    await page.mouse.up();
    await page.keyboard.press('Control+C');
    await page.waitForFunction(async () => (await navigator.clipboard.readText()).trim() === 'docker-host');
    expect(await buffer(page)).not.toContain('^C');
    await context.close();
  });

  it('says what is missing without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/playground/`);
    expect(await page.locator('.dn-screen').innerText()).toContain('needs JavaScript');
    expect(await page.getByRole('button', { name: 'Reset host' }).count()).toBe(0);
    await context.close();
  });

  it('shows an error and keeps text mode working when the terminal display fails to load', async () => {
    const context = await browser.newContext();
    await context.route(/xterm-terminal[^/]*\.js$/, (route) => route.abort());
    const page = await context.newPage();
    await page.goto(`${baseUrl}/playground/`);
    await page.waitForSelector('[data-dockernet-terminal][data-state="text-only"]');
    expect(await page.getByRole('alert').innerText()).toMatch(/terminal display could not load.*text mode below still runs commands/);
    await page.getByRole('textbox', { name: 'Command (text mode)' }).fill('hostname');
    await page.getByRole('button', { name: 'Run' }).click();
    await page.waitForFunction(() => document.querySelector('[data-dn-log]')!.textContent!.includes('docker-host\n'));
    expect(await page.getByRole('log').isVisible()).toBe(true);
    await context.close();
  });

  it('looks right in light and dark schemes and on a phone (screenshots)', async () => {
    for (const [name, colorScheme, viewport] of [
      ['light', 'light', { width: 1100, height: 720 }],
      ['dark', 'dark', { width: 1100, height: 720 }],
      ['phone-dark', 'dark', { width: 390, height: 760 }],
    ] as const) {
      const context = await browser.newContext({ colorScheme, viewport });
      const page = await openPlayground(context, baseUrl);
      await typeLine(page, 'docker network create --subnet 10.0.0.0/24 my_bridge');
      await typeLine(page, 'docker network ls');
      await page.keyboard.type('docker run -d --name web --network my_bridge nginx');
      await page.screenshot({ path: join(SHOTS, `playground-${name}.png`) });
      const cols = ((await page.locator('.xterm-rows > div').first().textContent()) ?? '').length;
      expect(cols).toBeGreaterThan(20);
      expect(problemsOf(page)).toEqual([]);
      await context.close();
    }
  });
});
