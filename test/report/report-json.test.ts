import { describe, expect, it } from 'vitest';
import { reportJson, reportJsonChunks } from '../../analyzer/report/report-json.js';
import { HOSTILE_COMMENT_PATH, HOSTILE_PATH, sampleReport } from '../support/sample-report.js';

describe('report.json text', () => {
  const report = sampleReport({ modules: 40 });
  const text = reportJson(report);
  const lines = text.split('\n');

  it('parses back to the report', () => {
    expect(JSON.parse(text)).toEqual(report);
  });

  it('puts each module on a line of its own, so a committed report diffs module by module', () => {
    const start = lines.indexOf('"modules": [');
    expect(start).toBe(Object.keys(report).indexOf('modules') + 1); // after '{' and one line per field before it
    expect(lines.slice(start + 1, start + 1 + report.modules.length).map((line) => JSON.parse(line.replace(/,$/, '')) as unknown)).toEqual(report.modules);
  });

  it('writes empty lists and scalar fields on the field line, and ends with a newline', () => {
    const small = reportJson({ ...report, cycles: [] });
    expect(small).toContain('\n"cycles": [],\n');
    expect(small).toContain(`\n"schemaVersion": ${String(report.schemaVersion)},\n`);
    expect(small.endsWith('}\n')).toBe(true);
  });

  it('escapes what could end a script element, so the same bytes are report.html\'s data', () => {
    const first = report.modules[0];
    if (!first) throw new Error('sample has modules');
    const hostile = { ...report, modules: [{ ...first, path: HOSTILE_PATH }, { ...first, path: HOSTILE_COMMENT_PATH }] };
    const hostileText = reportJson(hostile);
    expect(hostileText).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(hostileText)).toEqual(hostile);
  });

  it('comes in pieces of about a megabyte that together are the whole text', () => {
    const large = sampleReport({ modules: 2500 });
    const chunks = reportJsonChunks(large);
    expect(JSON.parse(Buffer.concat(chunks).toString('utf8'))).toEqual(large);
    // 4.7 MiB of text: five pieces, each but the last short of a full MiB by less than the room its
    // next line would need (three bytes per UTF-16 unit)
    const MiB = 1 << 20;
    const longest = Math.max(...reportJson(large).split('\n').map((line) => line.length + 1));
    expect(chunks).toHaveLength(5);
    for (const chunk of chunks) expect(chunk.length).toBeLessThanOrEqual(MiB);
    for (const chunk of chunks.slice(0, -1)) expect(chunk.length).toBeGreaterThan(MiB - 3 * longest);
  });
});
