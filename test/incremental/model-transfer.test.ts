import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AnalyzerEmitter } from '../../analyzer/core/events.js';
import { DEFAULT_OPTIONS } from '../../analyzer/core/options.js';
import { WarningSink } from '../../analyzer/core/warnings.js';
import { mineHistory, type HistoryAuthorship } from '../../analyzer/history/index.js';
import { modelFromBytes, modelToBytes } from '../../analyzer/incremental/model-transfer.js';
import { buildHistoryFixture } from '../../scripts/fixtures/history-fixture.js';

/** The model's text as the report would see it: every file in order, every key in order. */
const text = (model: HistoryAuthorship): string => JSON.stringify({ ...model, files: [...model.files] });

describe('the history model handed from the worker to the main thread', () => {
  let dir: string;
  let model: HistoryAuthorship;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'blastmap-transfer-'));
    // what the worker hands on first: the model without its co-change pairs (they follow apart)
    const { coChanges: _pairs, couplingCommits: _commits, ...authorship } = await mineHistory({ repoDir: buildHistoryFixture(join(dir, 'repo')), options: DEFAULT_OPTIONS, emitter: new AnalyzerEmitter(), warnings: new WarningSink() });
    model = authorship;
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('comes back with the same files, values and key order, in fewer bytes than plain JSON', () => {
    expect(model.files.size).toBeGreaterThan(3);
    expect([...model.files.values()].some((f) => f.authors.length > 1)).toBe(true);
    const bytes = modelToBytes(model);
    expect(text(modelFromBytes(bytes))).toBe(text(model));
    expect(bytes.length).toBeLessThan(Buffer.byteLength(text(model)));
  });

  it('falls back to plain objects, still exact, when a file has another shape or an undefined value', () => {
    const [first, second] = [...model.files.keys()] as [string, string];
    const odd = new Map(model.files);
    odd.set(first, { ...(odd.get(first) as object), extra: 1 } as never);
    expect(text(modelFromBytes(modelToBytes({ ...model, files: odd })))).toBe(text({ ...model, files: odd }));
    const hole = new Map(model.files);
    hole.set(second, { ...(hole.get(second) as object), createdBy: undefined } as never);
    // JSON leaves an undefined key out of an object: the round trip must do the same
    expect(text(modelFromBytes(modelToBytes({ ...model, files: hole })))).toBe(text({ ...model, files: hole }));
  });

  it('carries an empty history', () => {
    const empty = { ...model, files: new Map() };
    expect(text(modelFromBytes(modelToBytes(empty)))).toBe(text(empty));
  });
});
