import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { startTestServer } from '../../server/testing/test-server.ts';

const require = createRequire(import.meta.url);
const axeSource: string = (require('axe-core') as { source: string }).source;

export const SHOTS_DIR = '/tmp/shots';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

type AxeViolation = {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: string[]; failureSummary?: string; html: string }[];
};

/** Runs axe-core with the WCAG 2.1 A/AA rules; returns the violations as readable text. */
export async function axeViolations(page: Page): Promise<string[]> {
  const hasAxe = await page.evaluate(() => 'axe' in window);
  if (!hasAxe) await page.addScriptTag({ content: axeSource });
  const violations = (await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (...a: unknown[]) => Promise<unknown> } }).axe;
    const result = (await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    })) as { violations: unknown[] };
    return result.violations;
  })) as AxeViolation[];
  return violations.map(
    (v) =>
      `${v.id} (${v.impact ?? 'ukjent'}): ${v.help}\n  ${v.helpUrl}\n` +
      v.nodes
        .map(
          (n) =>
            `  - ${n.target.join(' ')}\n    ${n.html.slice(0, 200)}\n    ${(n.failureSummary ?? '').replaceAll('\n', '\n    ')}`,
        )
        .join('\n'),
  );
}

/** A full-page PNG in /tmp/shots, named in visiting order. */
export async function screenshot(page: Page, name: string) {
  mkdirSync(SHOTS_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS_DIR, `${name}.png`), fullPage: true });
}

type Server = Awaited<ReturnType<typeof startTestServer>>;

/**
 * A JSON call to the API as the page's signed-in person, with the write token the app sends;
 * fails the test on an error status.
 */
export async function apiCall<T>(
  p: Page,
  method: 'GET' | 'POST' | 'PUT',
  url: string,
  data?: unknown,
) {
  const cookies = await p.context().cookies();
  const token = cookies.find((c) => c.name === 'radsrom_csrf')?.value ?? '';
  const res = await p.request.fetch(url, { method, data, headers: { 'x-csrf-token': token } });
  expect(res.ok(), `${method} ${url}: ${res.status()} ${await res.text()}`).toBe(true);
  return (await res.json()) as T;
}

/** The password every demo user logs in with. */
export const PASSWORD = 'demo-passord-2026';

type SessionOptions = {
  /** Scroll to the bottom before each screenshot (for pages with a sticky bar at the bottom). */
  scrollToBottom?: boolean;
  /** Whether pages may download files. */
  acceptDownloads?: boolean;
};

/**
 * A test server and Chromium shared by one browser test file. Screenshots are named
 * `<prefix>-NN-<name>` (or `NN-<name>` without a prefix); axe problems and page errors are
 * collected and printed when the session stops. Call `start` in `beforeAll` and `stop` in
 * `afterAll`.
 */
export function browserSession(prefix: string, options: SessionOptions = {}) {
  const { scrollToBottom = false, acceptDownloads = true } = options;
  let server: Server | undefined;
  let browser: Browser | undefined;
  let shot = 0;
  const problems: string[] = [];

  const h1 = (p: Page) => p.getByRole('heading', { level: 1 });

  return {
    get server(): Server {
      if (!server) throw new Error('browserSession: start() has not run');
      return server;
    },

    async start(serverOptions?: Parameters<typeof startTestServer>[0]) {
      server = await startTestServer(serverOptions);
      browser = await launchChromium();
    },

    async stop() {
      await browser?.close();
      await server?.close();
      if (problems.length) console.error(problems.join('\n\n'));
    },

    /** A page in a fresh context (Norwegian locale, Oslo time) whose errors are collected; axe needs script. */
    async newPage(opts: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
      if (!browser || !server) throw new Error('browserSession: start() has not run');
      const context = await browser.newContext({
        ...opts,
        baseURL: server.url,
        locale: 'nb-NO',
        timezoneId: 'Europe/Oslo',
        viewport: { width: 1280, height: 900 },
        ...(acceptDownloads ? { acceptDownloads: true } : {}),
        // axe-core is injected as an inline script, which the app's CSP (rightly) forbids.
        bypassCSP: true,
      });
      const p = await context.newPage();
      p.on('pageerror', (e) => problems.push(`Sidefeil: ${e.message}`));
      return p;
    },

    /** Every page state we look at must pass axe and gets a screenshot. */
    async check(p: Page, name: string) {
      await p.waitForLoadState('networkidle');
      shot += 1;
      if (scrollToBottom) await p.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      const number = String(shot).padStart(2, '0');
      await screenshot(p, prefix ? `${prefix}-${number}-${name}` : `${number}-${name}`);
      const violations = await axeViolations(p);
      if (violations.length) problems.push(`${name} (${p.url()}):\n${violations.join('\n')}`);
      expect(violations, `axe på «${name}»:\n${violations.join('\n')}`).toEqual([]);
    },

    async login(p: Page, email: string) {
      await p.goto('/login');
      await p.getByLabel('E-postadresse').fill(email);
      await p.getByLabel('Passord').fill(PASSWORD);
      await p.getByRole('button', { name: 'Logg inn' }).click();
      await expect.poll(() => h1(p).textContent()).toContain('Velkommen');
    },

    /** Axe problems and page errors seen so far. */
    problems: problems as readonly string[],

    h1,

    announced: (p: Page, text: string) =>
      expect.poll(() => p.getByTestId('announcer').textContent()).toContain(text),
  };
}
