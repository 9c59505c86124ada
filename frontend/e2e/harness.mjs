// Shared pieces of the browser tests: launching Debian's Chromium through playwright-core
// (nothing is downloaded), an accessibility check with axe-core, screenshots, and a tiny
// step runner that prints a closing "N passed, N failed" line.
import { existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

/** @typedef {import('playwright-core').Page} Page */

const require = createRequire(import.meta.url);

export const SCREENSHOT_DIR = fileURLToPath(new URL('./screenshots/', import.meta.url));
const AXE_PATH = require.resolve('axe-core/axe.min.js');

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Resolves the browser or ends the process: a missing browser fails the run unless
 * AFTERWORD_E2E_SKIP_WITHOUT_BROWSER=1 says a skip is acceptable.
 */
export function resolveChromium() {
  const executablePath = process.env.AFTERWORD_E2E_CHROMIUM ?? process.env.AFTERWORD_CHROMIUM ?? '/usr/bin/chromium';
  if (existsSync(executablePath)) return executablePath;
  const message = `Chromium not found at ${executablePath} (install Debian's "chromium" package or set AFTERWORD_E2E_CHROMIUM).`;
  if (process.env.AFTERWORD_E2E_SKIP_WITHOUT_BROWSER === '1') {
    console.log(`e2e skipped: ${message}`);
    process.exit(0);
  }
  console.error(`e2e failed: ${message}`);
  process.exit(1);
}

/** @param {string} executablePath */
export async function launch(executablePath) {
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
}

/** Impacts that fail a page; minor and moderate findings are printed but tolerated. */
const BLOCKING_IMPACTS = new Set(['serious', 'critical']);

/**
 * Runs axe-core in the page and throws on any serious or critical violation.
 * @param {Page} page
 * @param {string} label
 */
export async function checkAccessibility(page, label) {
  const hasAxe = await page.evaluate(() => typeof (/** @type {any} */ (window)).axe !== 'undefined');
  if (!hasAxe) await page.addScriptTag({ path: AXE_PATH });
  const violations = await page.evaluate(async () => {
    /** @type {{violations: {id: string, impact?: string | null, help: string, nodes: {target: string[]}[]}[]}} */
    const result = await (/** @type {any} */ (window)).axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.slice(0, 5).map((node) => node.target.join(' ')),
    }));
  });
  const blocking = violations.filter((v) => BLOCKING_IMPACTS.has(v.impact ?? ''));
  for (const v of violations.filter((item) => !blocking.includes(item))) {
    console.log(`    note (${label}): axe ${v.impact} ${v.id}: ${v.help}`);
  }
  if (blocking.length > 0) {
    const lines = blocking.map((v) => `  ${v.impact} ${v.id}: ${v.help}\n    at ${v.targets.join('\n    at ')}`);
    throw new Error(`axe found ${blocking.length} serious/critical violation(s) on ${label}:\n${lines.join('\n')}`);
  }
}

/**
 * Fails when the page scrolls sideways: the layout must fit a 360 px wide screen.
 * @param {Page} page
 * @param {string} label
 */
export async function checkNoHorizontalScroll(page, label) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  if (overflow > 1) throw new Error(`${label} is ${overflow}px wider than the ${page.viewportSize()?.width}px viewport`);
}

/**
 * Screenshots a page at desktop and phone widths (name.png and name-mobile.png) and runs
 * the accessibility and overflow checks at both.
 * @param {Page} page
 * @param {string} name
 */
export async function capturePage(page, name) {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const desktop = page.viewportSize() ?? { width: 1280, height: 900 };
  await checkAccessibility(page, `${name} (desktop)`);
  await page.screenshot({ path: `${SCREENSHOT_DIR}${name}.png`, fullPage: true });
  await page.setViewportSize({ width: 360, height: 780 });
  try {
    await checkNoHorizontalScroll(page, `${name} at 360px`);
    await checkAccessibility(page, `${name} (360px)`);
    await page.screenshot({ path: `${SCREENSHOT_DIR}${name}-mobile.png`, fullPage: true });
  } finally {
    await page.setViewportSize(desktop);
  }
}

/**
 * Sequential steps: each depends on the ones before, so the first failure ends the run.
 * @param {{ onFailure?: (name: string) => Promise<void> }} [options]
 */
export function createRunner({ onFailure } = {}) {
  /** @type {{ name: string, status: 'passed' | 'failed' | 'skipped', error?: unknown }[]} */
  const results = [];
  let failed = false;
  return {
    /**
     * @param {string} name
     * @param {() => Promise<void>} fn
     */
    async step(name, fn) {
      if (failed) {
        results.push({ name, status: 'skipped' });
        console.log(`  - ${name} (skipped)`);
        return;
      }
      const started = Date.now();
      try {
        await fn();
        results.push({ name, status: 'passed' });
        console.log(`  ✓ ${name} (${Date.now() - started} ms)`);
      } catch (error) {
        failed = true;
        results.push({ name, status: 'failed', error });
        console.log(`  ✗ ${name}`);
        console.log(`    ${String(error instanceof Error ? (error.stack ?? error.message) : error).split('\n').join('\n    ')}`);
        if (onFailure) await onFailure(name).catch(() => undefined);
      }
    },
    summary() {
      const count = (/** @type {string} */ status) => results.filter((r) => r.status === status).length;
      const skipped = count('skipped');
      console.log(`${count('passed')} passed, ${count('failed')} failed${skipped ? `, ${skipped} skipped` : ''}`);
      return count('failed') === 0 && skipped === 0;
    },
  };
}

/**
 * @param {unknown} condition
 * @param {string} message
 * @returns {asserts condition}
 */
export function assert(condition, message) {
  if (!condition) throw new Error(message);
}
