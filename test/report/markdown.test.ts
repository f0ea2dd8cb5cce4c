import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../analyzer/report/markdown.js';
import { md } from '../../analyzer/report/markdown-escape.js';
import { reportErrors } from '../../analyzer/report/validate.js';
import { bareSampleReport, HOSTILE, sampleReport } from '../score/report-fixture.js';

const report = sampleReport();
const text = renderMarkdown(report, { top: 5 });

describe('renderMarkdown', () => {
  it('renders from a report that validates', () => {
    expect(reportErrors(report)).toEqual([]);
  });

  it('states repo, HEAD, date, window and tool version', () => {
    expect(text).toContain('# blastmap report: fixture-repo');
    expect(text).toContain('aaaaaaaaaaaa on main');
    expect(text).toContain('2024-06-01');
    expect(text).toContain('2020-01-01 to 2024-06-01: 100 commits');
    expect(text).toContain('blastmap 0.1.0');
  });

  it('summarises truck factor, who it rests on, and the AI trend', () => {
    expect(text).toContain('**Truck factor:** 1: the code rests on Alice \\| &lt;b&gt;Liddell&lt;/b&gt; (left, last commit 17 months ago)');
    expect(text).toContain('**AI-assisted commits:** 30 % of 100; rising: 50 % in the last 6 months against 10 % in the 6 before');
  });

  it('names the line-level records when the repository keeps any, and says nothing of them otherwise', () => {
    const recorded = { ...report, provenance: { gitAi: true, agentTrace: true, notesRead: 12, traceRecordsRead: 3, filesBlamed: 4 } };
    expect(reportErrors(recorded)).toEqual([]);
    expect(renderMarkdown(recorded, { top: 3 })).toContain("- **Line-level AI provenance:** git-ai notes (12 read) and Agent Trace records (3 read); 4 files blamed; a module's AI share is the share of its lines they record as AI-written");
    const none = { ...report, provenance: { gitAi: false, agentTrace: false, notesRead: 0, traceRecordsRead: 0, filesBlamed: 0 } };
    expect(renderMarkdown(none, { top: 3 })).not.toContain('Line-level AI provenance');
    expect(text).not.toContain('Line-level AI provenance');
  });

  it('points out one name behind several emails, some of them inactive', () => {
    const split = { ...report, authors: [...report.authors, { ...report.authors[0]!, id: 'alice-new', email: 'a@new.example', active: true }] };
    expect(renderMarkdown(split, { top: 3 })).toContain('**Same name, several emails, some of them inactive:** Alice \\| &lt;b&gt;Liddell&lt;/b&gt; (2 emails)');
    expect(text).not.toContain('Same name, several emails');
  });

  it('names the top risks first, with why', () => {
    const modules = text.slice(text.indexOf('## Riskiest modules'));
    const firstRow = modules.split('\n').find((l) => l.startsWith('| 1 |'))!;
    expect(firstRow).toContain('src/core/hub.ts');
    expect(firstRow).toContain('of its 40 commits were AI-assisted');
    const areas = text.slice(text.indexOf('## Riskiest areas'));
    expect(areas.split('\n').find((l) => l.startsWith('| 1 |'))).toContain('| src/core |');
  });

  it('keeps every table row at its column count whatever the strings hold', () => {
    const tables: string[][] = [];
    let current: string[] | null = null;
    for (const line of text.split('\n')) {
      if (line.startsWith('|')) (current ??= (tables.push([]), tables[tables.length - 1]!)).push(line);
      else current = null;
    }
    // summary, riskiest areas, riskiest modules, hidden coupling: cells per row, separators counted
    expect(tables.map((rows) => rows[0]!.split('|').length)).toEqual([4, 10, 10, 6]);
    for (const rows of tables) {
      const cells = rows.map((l) => l.replace(/\\\|/g, '').split('|').length);
      expect(new Set(cells).size, rows.join('\n')).toBe(1);
    }
  });

  it('never lets a hostile path or name become HTML, code or a cell break', () => {
    expect(text).not.toMatch(/<script|<b>|<\/b>/);
    expect(text).toContain('src/evil\\|\\`x\\`&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(text).not.toContain(HOSTILE);
    expect(md('a|b`c<d>&e\nf')).toBe('a\\|b\\`c&lt;d&gt;&amp;e f');
  });

  it('lists cycles, hidden coupling and an ownership walk-through per top area', () => {
    expect(text).toContain('- 2 modules: src/core/b.ts → src/core/hub.ts');
    const coupling = text.slice(text.indexOf('## Hidden coupling'), text.indexOf('## Ownership walk-through'));
    expect(coupling).toContain('| src/lib/shared.ts |');
    expect(coupling).not.toContain('src/app/a0.ts');
    const walk = text.slice(text.indexOf('## Ownership walk-through'));
    expect(walk).toContain('### 1. src/core');
    expect(walk).toContain('**Direct dependents (5):** src/app/a0.ts');
    expect(walk).toMatch(/\*\*Who holds its knowledge:\*\* no active author; left: Alice .*2 files/);
    expect(walk).toContain('src/core/hub.ts: if it fails, 5 modules outside the area break');
  });

  it('honours --top', () => {
    const one = renderMarkdown(report, { top: 1 });
    expect(one.split('\n').filter((l) => l.startsWith('| 2 |'))).toHaveLength(0);
    expect(one).not.toContain('### 2.');
  });

  it('reads sensibly without history: structure only, no risk level', () => {
    const bare = bareSampleReport();
    expect(reportErrors(bare)).toEqual([]);
    const out = renderMarkdown(bare, { top: 3 });
    expect(out).toContain('| Window | no git history: structure only, no risk level |');
    expect(out).toContain('- **Risk levels (modules):** no git history: structure only, no risk level\n');
    expect(out).not.toContain('Truck factor');
    expect(out).not.toMatch(/\d\.\d\d (low|medium|high|critical)/);
    expect(out).not.toContain('## Riskiest');
    expect(section(out, '## Most depended-on modules')).toEqual([
      '## Most depended-on modules',
      '',
      'No git history: structure only, no risk level. Ranked by blast radius.',
      '',
      '| # | Module | Blast radius | Imported by | Imports | Betweenness | Why |',
      '| --- | --- | --- | --- | --- | --- | --- |',
      '| 1 | src/core/hub.ts | 6 (75 %) | 7 | 1 | 0.00 | 75 % of source modules (6 of 8) depend on it; no git history: structure only, no risk level. |',
      '| 2 | src/core/b.ts | 6 (75 %) | 1 | 1 | 0.00 | 75 % of source modules (6 of 8) depend on it; no git history: structure only, no risk level. |',
      '| 3 | src/lib/shared.ts | 4 (50 %) | 4 | 0 | 0.00 | 50 % of source modules (4 of 8) depend on it; no git history: structure only, no risk level. |',
    ]);
    expect(section(out, '## Most depended-on areas').slice(4)).toEqual([
      '| # | Area | Modules | Blast radius | Why |',
      '| --- | --- | --- | --- | --- |',
      '| 1 | src/core | 2 | 5 (63 %) | 2 modules; 63 % of source modules (5) outside it depend on it, 5 directly; no git history: structure only, no risk level. |',
      '| 2 | src/lib | 1 | 4 (50 %) | 1 module; 50 % of source modules (4) outside it depend on it, 4 directly; no git history: structure only, no risk level. |',
    ]);
    expect(out).toContain('### 1. src/core (no risk level)');
    expect(section(out, '## Hidden coupling')).toContain('Not known without git history.');
  });

  it('says what the report could not see, right after the summary, with the figures it affects', () => {
    const cut = {
      ...report,
      warnings: [
        { code: 'history-incomplete', message: 'git log stopped after 3 commits, at 0123456789ab (2021-03-04T10:00:00.000Z): fatal: missing blob <b>x</b>' },
        { code: 'unresolved-import', path: 'src/app/a0.ts', message: "cannot resolve './gone': no such file" },
        { code: 'vendored', path: 'vendor/x.js', message: 'vendored third-party code' },
      ],
    };
    const out = renderMarkdown(cut, { top: 3 });
    const headings = out.split('\n').filter((l) => l.startsWith('## '));
    expect(headings.slice(0, 3)).toEqual(['## Summary', '## What this report could not see', '## Riskiest areas']);
    expect(section(out, '## What this report could not see')).toEqual([
      '## What this report could not see',
      '',
      // the fixture's people: 10 commits each (alice, bob, claude), the first on 2020-01-01
      '- **Git history incomplete: 30 commits read, back to 2020-01-01.** Bus factors, knowledge loss, authors and the truck factor count only the 30 commits read, back to 2020-01-01; authors of older commits are not seen. ' +
        'The warning says: git log stopped after 3 commits, at 0123456789ab (2021-03-04T10:00:00.000Z): fatal: missing blob &lt;b&gt;x&lt;/b&gt;.',
      '- **1 import not resolved (1 no such file).** They are not edges, so the fan-in, blast radius and centrality of what they would reach may be too low, and its risk with them.',
      '- **1 file left out (1 vendored).** They are not modules: they have no figures, and imports of them are not edges.',
    ]);
    expect(out).toContain('- **Authors:** 3 (1 active) in the 30 commits read\n');
    expect(out).toContain('- **Truck factor:** 1 in the 30 commits read: the code rests on');
  });

  it('leaves the section out when there is nothing to say', () => {
    const out = renderMarkdown({ ...report, warnings: [] }, { top: 3 });
    expect(out).not.toContain('could not see');
    expect(out).toContain('- **Authors:** 3 (1 active)\n');
  });

  it('prints a score on the side of the threshold its level is on', () => {
    // 0.3457 is low (medium from 0.35): "0.35 low" would contradict itself
    const hub = report.modules.find((m) => m.path === 'src/core/hub.ts')!;
    const close = { ...report, modules: report.modules.map((m) => (m === hub ? { ...m, risk: { ...m.risk, score: 0.3457, level: 'low' as const } } : m)) };
    const row = section(renderMarkdown(close, { top: 5 }), '## Riskiest modules').find((l) => l.includes('| src/core/hub.ts |'))!;
    expect(row).toContain('| 0.346 low |');
    expect(text).toContain('| 0.78 critical |');
  });

  it('says "1 module" of a cycle of one, and "1 more cycle"', () => {
    const selfImport = { ...report, cycles: [{ members: ['src/core/hub.ts'] }, { members: ['src/core/b.ts', 'src/core/hub.ts'] }] };
    expect(section(renderMarkdown(selfImport, { top: 1 }), '## Import cycles')).toEqual([
      '## Import cycles', '', '- 2 modules: src/core/b.ts → src/core/hub.ts', '- and 1 more cycle',
    ]);
    expect(renderMarkdown(selfImport, { top: 2 })).toContain('- 1 module: src/core/hub.ts\n');
  });

  it('lists a directory whose one sub-directory holds all its modules once, as the deepest', () => {
    // packages/x holds nothing but packages/x/src: the same modules and the same figures
    const area = report.areas.find((a) => a.path === 'src/core')!;
    const chain = { ...report, areas: [...report.areas.filter((a) => a.path !== 'src/core'), { ...area, path: 'src/core' }, { ...area, path: 'src/core/inner' }] };
    const rows = section(renderMarkdown(chain, { top: 5 }), '## Riskiest areas').filter((l) => /^\| \d/.test(l));
    expect(rows.map((l) => l.split(' | ')[1])).toEqual(['src/core/inner', 'src/lib']);
  });
});

/** The lines of one report.md section, from its heading to the next. */
function section(out: string, heading: string): string[] {
  const lines = out.split('\n');
  const start = lines.indexOf(heading);
  const end = lines.findIndex((l, i) => i > start && l.startsWith('## '));
  return lines.slice(start, end < 0 ? undefined : end).filter((l, i, all) => i < all.length - 1 || l !== '');
}
