import { describe, expect, it } from 'vitest';
import { readSnapshot } from '../../analyzer/incremental/history/snapshot.js';

/** The smallest snapshot readSnapshot takes: one file, one coupling commit. */
const snapshot = (touches: unknown): unknown => ({
  head: 'a'.repeat(40),
  gitConfig: 'config',
  people: [],
  files: [{ headPath: 'src/a.ts', paths: ['src/a.ts'], byPerson: [], creator: -1, adders: [], lastChange: null, lastHumanChange: null }],
  months: [],
  aiRuleCounts: {},
  aiRuleMatches: {},
  commitsRead: 1,
  commitsInWindow: 1,
  aiCommitsInWindow: 0,
  firstInWindow: null,
  lastInWindow: null,
  touches,
  unowned: [],
});

describe('a history snapshot read back', () => {
  it('is taken with its coupling commits as lists of file indexes', () => {
    expect(readSnapshot(snapshot([[0]]))).not.toBeNull();
  });

  // its coupling commits are replayed after the model is handed on (absorb.ts), when a failure
  // could no longer fall back to reading the whole log: a bad one drops the snapshot up front
  it('is dropped when a coupling commit is not a list', () => {
    expect(readSnapshot(snapshot([[0], 0]))).toBeNull();
    expect(readSnapshot(snapshot([{ length: 1 }]))).toBeNull();
  });
});
