import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium, which `.ci/run` installs; no other browser is downloaded. */
export const CHROMIUM_PATH = process.env['BLASTMAP_CHROMIUM'] ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run',
];

/**
 * Whether the browser suites can run. Without Chromium they are skipped with a plain reason on a
 * developer machine, and fail in CI, where a skip would hide a broken viewer.
 */
export function chromiumAvailability(): { run: true } | { run: false; reason: string } {
  if (existsSync(CHROMIUM_PATH)) return { run: true };
  const reason = `Chromium not found at ${CHROMIUM_PATH} (apt-get install chromium, or set BLASTMAP_CHROMIUM)`;
  if (process.env['CI']) throw new Error(`${reason}: the viewer's browser tests must run in CI`);
  console.warn(`[viewer e2e] SKIPPED: ${reason}`);
  return { run: false, reason };
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}
