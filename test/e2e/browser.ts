/** Chromium and the playground page for the e2e tests and the benchmark. */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/** the terminal's buffer (scrollback and screen) as text, read through the page's test hook */
export function buffer(page: Page): Promise<string> {
  return page.evaluate(() => window.__dockernetTerminal?.buffer() ?? '');
}

/** wait until the buffer matches; fails with the buffer in the message */
export async function waitForBuffer(page: Page, pattern: RegExp, timeout = 10_000): Promise<string> {
  try {
    await page.waitForFunction(
      ([source, flags]) => new RegExp(source, flags).test(window.__dockernetTerminal?.buffer() ?? ''),
      [pattern.source, pattern.flags] as const,
      { timeout, polling: 20 },
    );
  } catch {
    throw new Error(`terminal buffer never matched ${pattern}:\n${await buffer(page)}`);
  }
  return buffer(page);
}

export async function waitForReady(page: Page): Promise<void> {
  await page.waitForSelector('[data-dockernet-terminal][data-state="ready"]', { timeout: 15_000 });
}

/** open the playground with the terminal focused; `fresh` clears what an earlier test kept */
export async function openPlayground(context: BrowserContext, baseUrl: string, fresh = true): Promise<Page> {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  (page as Page & { problems: string[] }).problems = problems;
  if (fresh) await context.clearCookies();
  await page.goto(`${baseUrl}/playground/`);
  if (fresh) {
    await page.evaluate(() => localStorage.clear());
    await page.reload();
  }
  await waitForReady(page);
  await page.click('.xterm');
  return page;
}

export function problemsOf(page: Page): string[] {
  return (page as Page & { problems?: string[] }).problems ?? [];
}

/** type a line with the keyboard and wait for the prompt after its output */
export async function typeLine(page: Page, line: string, until: RegExp = /root@docker-host:~# $|\/ # $/): Promise<string> {
  await page.keyboard.type(line);
  await page.keyboard.press('Enter');
  await page.evaluate(() => window.__dockernetTerminal!.settled());
  return waitForBuffer(page, until);
}
