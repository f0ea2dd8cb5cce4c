import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../analyzer/report/markdown.js';
import { md } from '../../analyzer/report/markdown-escape.js';
import { reportErrors } from '../../analyzer/report/validate.js';
import { HOSTILE, sampleReport } from '../score/report-fixture.js';

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

  it('reads sensibly without history', () => {
    const bare = { ...report, repo: { ...report.repo, head: null, commitsAnalyzed: 0, firstCommitDate: null, lastCommitDate: null }, authors: [], coupling: [] };
    const out = renderMarkdown(bare, { top: 3 });
    expect(out).toContain('no git history: structure only');
    expect(out).not.toContain('Truck factor');
  });
});
