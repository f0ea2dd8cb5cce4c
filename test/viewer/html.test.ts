import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { embedReport, REPORT_ELEMENT, scriptSafeJson } from '../../analyzer/report/html-embed.js';
import { renderReportHtml } from '../../analyzer/report/html.js';
import { HOSTILE_AUTHOR_NAME, HOSTILE_COMMENT_PATH, HOSTILE_PATH, sampleReport } from '../support/sample-report.js';

const TEMPLATE = `<!doctype html><html><head><title>blastmap</title></head><body>${REPORT_ELEMENT}<script type="module">/*viewer*/</script></body></html>`;

function embeddedJson(page: string): string {
  const open = '<script id="blastmap-report" type="application/json">';
  const start = page.indexOf(open) + open.length;
  return page.slice(start, page.indexOf('</script>', start));
}

describe('embedding the report', () => {
  const report = sampleReport({ modules: 60 });

  it('cannot be ended or turned into a comment by any string in the report', () => {
    const page = embedReport(TEMPLATE, JSON.stringify(report), 'x');
    const json = embeddedJson(page);
    expect(json).not.toMatch(/<|>|\u2028|\u2029/);
    expect(page.split('</script>')).toHaveLength(TEMPLATE.split('</script>').length);
    expect(JSON.parse(json)).toEqual(report);
  });

  it('keeps hostile strings intact after parsing', () => {
    const parsed = JSON.parse(scriptSafeJson(JSON.stringify({ a: HOSTILE_PATH, b: HOSTILE_COMMENT_PATH, c: HOSTILE_AUTHOR_NAME, d: '&amp;' }))) as Record<string, string>;
    expect(parsed).toEqual({ a: HOSTILE_PATH, b: HOSTILE_COMMENT_PATH, c: HOSTILE_AUTHOR_NAME, d: '&amp;' });
  });

  it('escapes each unsafe character as JSON.parse reads it back', () => {
    const text = 'a</script><!--&\u2028\u2029>';
    const escaped = scriptSafeJson(JSON.stringify({ text }));
    expect(escaped).toBe('{"text":"a\\u003c/script\\u003e\\u003c!--\\u0026\\u2028\\u2029\\u003e"}');
    expect(JSON.parse(escaped)).toEqual({ text });
  });

  it('escapes the page title', () => {
    expect(embedReport(TEMPLATE, JSON.stringify(report), '</title><script>x</script>')).toContain('<title>&lt;/title&gt;&lt;script&gt;x&lt;/script&gt;</title>');
  });

  it('refuses a viewer bundle without exactly one report element', () => {
    expect(() => embedReport('<html></html>', '{}', 'x')).toThrow(/exactly one empty report element/);
    expect(() => embedReport(TEMPLATE + REPORT_ELEMENT, '{}', 'x')).toThrow(/exactly one/);
  });
});

describe('renderReportHtml', () => {
  it('reads the viewer from the given folder and names the repository in the title', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'blastmap-html-'));
    await writeFile(join(dir, 'index.html'), TEMPLATE);
    const page = await renderReportHtml(sampleReport({ modules: 30 }), { viewerDir: dir });
    expect(page).toContain('<title>sample-monorepo — blastmap</title>');
    expect(JSON.parse(embeddedJson(page)).schemaVersion).toBe(2);
  });

  it('says how to build the viewer when it is missing', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'blastmap-html-'));
    await expect(renderReportHtml(sampleReport({ modules: 20 }), { viewerDir: dir })).rejects.toThrow(/npm run build:viewer/);
  });
});
