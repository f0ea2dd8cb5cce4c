import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { renderReportHtml } from '../report/html.js';
import type { Report } from '../report/schema/index.js';
import { openBrowser } from './open-browser.js';
import { readReportDocument, resolveReportFile } from './report-file.js';

export interface ServeOptions {
  /** report.json, or a directory holding one */
  file: string;
  /** 0 (the default) lets the system pick a free port */
  port?: number;
  open?: boolean;
  host?: '127.0.0.1';
  /** built viewer folder; defaults to the package's dist/viewer */
  viewerDir?: string;
}

export interface ServedReport {
  url: string;
  close(): Promise<void>;
}

const HEADERS = {
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-resource-policy': 'same-origin',
};

/**
 * Serves the viewer for a report on localhost only. The report is read again on every page load,
 * so re-running `analyze` and refreshing shows the new one. The page is the same self-contained
 * report.html the analyzer writes, so it makes no further requests.
 */
export async function serveReport(options: ServeOptions): Promise<ServedReport> {
  const file = await resolveReportFile(options.file);
  await readReportDocument(file);
  const host = options.host ?? '127.0.0.1';
  const server = createServer((req, res) => {
    void respond(req, res, file, options.viewerDir, server.address() as AddressInfo);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${host}:${port}/`;
  if (options.open ?? true) await openBrowser(url);
  return {
    url,
    close: () => new Promise<void>((resolve, reject) => {
      server.closeAllConnections();
      server.close((error) => (error ? reject(error) : resolve()));
    }),
  };
}

async function respond(req: IncomingMessage, res: ServerResponse, file: string, viewerDir: string | undefined, address: AddressInfo): Promise<void> {
  // Only this machine's own names: a page elsewhere cannot reach the report by DNS rebinding.
  const allowedHosts = [`127.0.0.1:${address.port}`, `localhost:${address.port}`];
  if (!allowedHosts.includes(req.headers.host ?? '')) return send(res, 403, 'text/plain', 'forbidden host\n');
  if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain', 'method not allowed\n');
  const path = new URL(req.url ?? '/', 'http://localhost').pathname;
  try {
    if (path === '/' || path === '/index.html' || path === '/report.html') {
      const report = (await readReportDocument(file)) as Report;
      return send(res, 200, 'text/html; charset=utf-8', await renderReportHtml(report, viewerDir ? { viewerDir } : {}), req.method === 'HEAD');
    }
    if (path === '/report.json') return send(res, 200, 'application/json', JSON.stringify(await readReportDocument(file)), req.method === 'HEAD');
    return send(res, 404, 'text/plain', 'not found\n');
  } catch (error) {
    return send(res, 500, 'text/plain', `${(error as Error).message}\n`);
  }
}

function send(res: ServerResponse, status: number, type: string, body: string, headOnly = false): void {
  res.writeHead(status, { ...HEADERS, 'content-type': type, 'content-length': Buffer.byteLength(body) });
  res.end(headOnly ? undefined : body);
}
