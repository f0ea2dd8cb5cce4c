import type { Page } from 'playwright-core';

/**
 * Collects what must never happen on the viewer page: console errors (CSP violations are
 * reported there too), uncaught exceptions, dialogs (an injected alert()), and any request
 * other than the page itself.
 */
export function watchPage(page: Page, pageUrl: () => string): { problems: string[] } {
  const problems: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error' || msg.type() === 'warning') problems.push(`console ${msg.type()}: ${msg.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('request', (request) => {
    const url = request.url();
    if (url.split('#')[0] !== pageUrl().split('#')[0] && !url.startsWith('blob:') && !url.startsWith('data:')) problems.push(`request: ${url}`);
  });
  return { problems };
}
