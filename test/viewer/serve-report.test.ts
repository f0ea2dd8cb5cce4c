import { mkdtemp, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { REPORT_ELEMENT } from '../../analyzer/report/html-embed.js';
import { openerFor } from '../../analyzer/serve/open-browser.js';
import { serveReport, type ServedReport } from '../../analyzer/serve/serve-report.js';
import { sampleReport } from '../support/sample-report.js';

async function fixture(): Promise<{ dir: string; viewerDir: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'blastmap-serve-'));
  const viewerDir = await mkdtemp(join(tmpdir(), 'blastmap-viewer-'));
  await writeFile(join(dir, 'report.json'), JSON.stringify(sampleReport({ modules: 40 })));
  await writeFile(join(viewerDir, 'index.html'), `<html><head><title>t</title></head><body>${REPORT_ELEMENT}</body></html>`);
  return { dir, viewerDir };
}

function get(url: string, host?: string): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: host ? { host } : {} }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => { body += chunk.toString('utf8'); });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('serveReport', () => {
  let served: ServedReport | null = null;
  afterEach(async () => {
    await served?.close();
    served = null;
  });

  it('serves the report page for a directory holding report.json, on 127.0.0.1 only', async () => {
    const { dir, viewerDir } = await fixture();
    served = await serveReport({ file: dir, open: false, viewerDir });
    expect(served.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const page = await get(served.url);
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.body).toContain('"schemaVersion":2');
    expect((await get(`${served.url}nope`)).status).toBe(404);
  });

  it('refuses requests addressed to another host name (DNS rebinding)', async () => {
    const { dir, viewerDir } = await fixture();
    served = await serveReport({ file: join(dir, 'report.json'), open: false, viewerDir });
    expect((await get(served.url, 'evil.example:80')).status).toBe(403);
  });

  it('fails clearly for a missing report', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'blastmap-serve-'));
    await expect(serveReport({ file: dir, open: false })).rejects.toThrow(/has no report\.json/);
    await expect(serveReport({ file: join(dir, 'missing.json'), open: false })).rejects.toThrow(/no such file/);
  });
});

describe('openerFor', () => {
  it('uses the platform opener with the URL as a plain argument', () => {
    expect(openerFor('linux', 'http://127.0.0.1:1/')).toEqual({ command: 'xdg-open', args: ['http://127.0.0.1:1/'] });
    expect(openerFor('darwin', 'http://127.0.0.1:1/')).toEqual({ command: 'open', args: ['http://127.0.0.1:1/'] });
    expect(openerFor('win32', 'http://127.0.0.1:1/').args.at(-1)).toBe('http://127.0.0.1:1/');
  });
});
