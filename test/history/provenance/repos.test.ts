import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../../analyzer/analyze.js';
import { AnalyzerEmitter, type Phase } from '../../../analyzer/core/events.js';
import { DEFAULT_OPTIONS } from '../../../analyzer/core/options.js';
import { WarningSink } from '../../../analyzer/core/warnings.js';
import type { HistoryModel } from '../../../analyzer/history/model.js';
import { mineProvenance, realProvenanceGit, type ProvenanceModel } from '../../../analyzer/history/provenance/index.js';
import type { ProvenanceGit } from '../../../analyzer/history/provenance/provenance-git.js';
import type { Report } from '../../../analyzer/report/schema/index.js';
import { buildRepo } from '../../../scripts/fixtures/history-fixture.js';
import { buildAgentTraceFixture, buildGitAiFixture, DEV, type Built } from '../../../scripts/fixtures/provenance-fixture.js';
import { validateAgainstSchemaFile } from '../../support/report-schema.js';
import { mine } from '../helpers.js';

const scratch = mkdtempSync(join(tmpdir(), 'blastmap-provenance-'));
let gitAi: Built;
let agentTrace: Built;
let plain: string;

beforeAll(() => {
  gitAi = buildGitAiFixture(join(scratch, 'git-ai'));
  agentTrace = buildAgentTraceFixture(join(scratch, 'agent-trace'));
  plain = buildRepo(join(scratch, 'plain'), [{ kind: 'commit', date: '2025-01-10T12:00:00Z', author: DEV, message: 'x\n', write: { 'a.ts': ['export const a = 1;'] } }]);
}, 60_000);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The real git, with every question it is asked logged. */
function logged(git: ProvenanceGit, calls: string[]): ProvenanceGit {
  return Object.fromEntries(Object.entries(git).map(([name, method]) => [name, (...args: unknown[]) => {
    calls.push(name);
    return (method as (...a: unknown[]) => unknown)(...args);
  }])) as unknown as ProvenanceGit;
}

async function measure(dir: string, history?: HistoryModel): Promise<{ model: ProvenanceModel; warnings: WarningSink; calls: string[] }> {
  const mined = history ?? (await mine(dir)).model;
  const warnings = new WarningSink();
  const calls: string[] = [];
  const model = await mineProvenance({ repoDir: dir, git: logged(realProvenanceGit(dir), calls), history: mined, wanted: (p) => p.endsWith('.ts'), maxFileBytes: 1 << 20, emitter: new AnalyzerEmitter(), warnings });
  return { model, warnings, calls };
}

const shares = (model: ProvenanceModel): Record<string, string> =>
  Object.fromEntries([...model.files].sort(([a], [b]) => (a < b ? -1 : 1)).map(([path, s]) => [path, `${s.aiLines}/${s.lines} ${s.source}`]));

describe('git-ai notes in a scripted repository', () => {
  it('works out the hand-counted shares through a rewrite, a rename, a moved block, a human attestation and a shard', async () => {
    const { model, warnings, calls } = await measure(gitAi.dir);
    expect(shares(model)).toEqual({
      // C1's AI wrote 1-4 of 10; Hana rewrote line 2; the file was renamed; C4's AI appended 11-12 (its shard's note)
      'src/core/hub.ts': '5/12 git-ai',
      // C1: AI 1-2 and 6, the known human 3-5
      'src/util.ts': '3/6 git-ai',
      // C1's AI wrote 1-3; Hana moved them below line 8, and blame -M still finds them in C1
      'src/moved.ts': '3/8 git-ai',
    });
    expect(model).toMatchObject({ gitAi: true, agentTrace: false, notesRead: 2, traceRecordsRead: 0, filesBlamed: 3 });
    expect(calls.filter((c) => c === 'blame')).toHaveLength(3); // not src/plain.ts (no note names it), not README.md (not a module)
    expect(warnings.items).toEqual([]);
  });

  it('gives the same shares when a subfolder is analyzed (records name paths from the repository root)', async () => {
    const { model } = await measure(join(gitAi.dir, 'src'));
    expect(shares(model)).toEqual({ 'core/hub.ts': '5/12 git-ai', 'moved.ts': '3/8 git-ai', 'util.ts': '3/6 git-ai' });
  });
});

describe('Agent Trace records in a scripted repository', () => {
  it("maps each line to the record for the revision that last wrote it; only 'ai' counts", async () => {
    const { model, warnings } = await measure(agentTrace.dir);
    // T1's record: 1-4 ai, 5-6 human; Hana rewrote line 1. u.ts: both lines mixed
    expect(shares(model)).toEqual({ 'src/t.ts': '3/6 agent-trace', 'src/u.ts': '0/2 agent-trace' });
    expect(model).toMatchObject({ gitAi: false, agentTrace: true, notesRead: 0, traceRecordsRead: 2, filesBlamed: 2 });
    expect(warnings.items).toEqual([]);
  });
});

describe('a repository without records', () => {
  it('is asked one thing and never blamed', async () => {
    const { model, calls } = await measure(plain);
    expect(calls).toEqual(['detect']);
    expect(model.files.size + model.filesBlamed).toBe(0);
  });
});

describe('the whole run', () => {
  let report: Report;
  const phases: Phase[] = [];

  beforeAll(async () => {
    const emitter = new AnalyzerEmitter();
    emitter.on('phase-end', ({ phase }) => phases.push(phase));
    report = await analyze(gitAi.dir, DEFAULT_OPTIONS, emitter);
  }, 60_000);

  it('puts the line share in the report and into the AI factor, and says where it comes from', () => {
    const hub = report.modules.find((m) => m.path === 'src/core/hub.ts');
    expect(hub?.history).toMatchObject({ aiLineShare: 5 / 12, aiLines: 5, aiLineSource: 'git-ai', aiCommits: 0 });
    expect(hub?.risk.factors.find((f) => f.name === 'aiShare')).toMatchObject({ value: 5 / 12, detail: '5 of 12 lines written by an AI tool, per git-ai notes (the line share replaces the commit share: 0 of 4 commits AI-assisted)' });
    expect(hub?.risk.explanation).toMatch(/42 % of its 12 lines were written by an AI tool \(per git-ai notes\)/);
    expect(report.modules.find((m) => m.path === 'src/plain.ts')?.history).toMatchObject({ aiLineShare: null, aiLines: null, aiLineSource: null });
    expect(report.provenance).toEqual({ gitAi: true, agentTrace: false, notesRead: 2, traceRecordsRead: 0, filesBlamed: 3 });
    expect(report.warnings).toEqual([]);
    expect(validateAgainstSchemaFile(report)).toEqual([]);
    expect(phases).toContain('provenance');
  });

  it('has no provenance phase and all-false provenance where nothing is recorded', async () => {
    const seen: Phase[] = [];
    const emitter = new AnalyzerEmitter();
    emitter.on('phase-start', (phase) => seen.push(phase));
    const bare = await analyze(plain, DEFAULT_OPTIONS, emitter);
    expect(seen).not.toContain('provenance');
    expect(bare.provenance).toEqual({ gitAi: false, agentTrace: false, notesRead: 0, traceRecordsRead: 0, filesBlamed: 0 });
    expect(bare.modules[0]?.history).toMatchObject({ aiLineShare: null, aiLineSource: null });
  }, 60_000);
});
