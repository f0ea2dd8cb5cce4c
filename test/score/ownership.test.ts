import { describe, expect, it } from 'vitest';
import { names } from '../../analyzer/score/format.js';
import { activeNames, aiShareValue, noActiveAuthorValue, ownershipOf } from '../../analyzer/score/ownership.js';
import { file, person } from './fixture.js';

const people = new Map([
  ['alice', person('alice', false, '2023-01-01T00:00:00Z')],
  ['bob', person('bob', true, '2024-05-20T00:00:00Z')],
  ['claude', person('claude', false, '2024-05-20T00:00:00Z', { kind: 'agent', tool: 'claude' })],
]);

describe('ownership factors', () => {
  it('noActiveAuthor halves with every active author: 1, ½, ¼ …', () => {
    expect([0, 1, 2, 5].map(noActiveAuthorValue)).toEqual([1, 0.5, 0.25, 1 / 32]);
  });

  it('aiShare is the AI-assisted share of commits, 0 without commits', () => {
    expect(aiShareValue(40, 25)).toBeCloseTo(0.625, 12);
    expect(aiShareValue(0, 0)).toBe(0);
  });

  it('takes knowledge loss from history and names the human with the most DOA as main author', () => {
    const o = ownershipOf(file('a.ts', { commits: 5, authors: [['bob', 3.5, true, true], ['alice', 4.2, true, false]] }), people);
    expect(o.knowledgeLoss).toBeCloseTo(4.2 / 7.7, 12);
    expect(o.mainAuthor?.name).toBe('Alice');
    expect(o.busFactor).toBe(1);
    expect(o.authors.map((a) => a.id)).toEqual(['alice', 'bob']);
  });

  it('keeps the active non-author with the most DOA, and none when every active person is an author', () => {
    const f = file('a.ts', { commits: 5, authors: [['alice', 6, true, false], ['bob', 2, false, true]] });
    expect(ownershipOf(f, people).topActiveContributor).toMatchObject({ id: 'bob', active: true });
    expect(ownershipOf(file('a.ts', { commits: 5, authors: [['bob', 6, true, true], ['alice', 2, false, false]] }), people).topActiveContributor).toBeNull();
  });

  it('flags a departed main author whose name an active person carries', () => {
    const withNamesake = new Map(people).set('alice2', person('alice2', true, '2024-05-30T00:00:00Z', { name: 'Alice' }));
    const f = file('a.ts', { commits: 5, authors: [['alice', 6, true, false]] });
    expect(ownershipOf(f, withNamesake, activeNames(withNamesake.values())).mainAuthor?.namesakeActive).toBe(true);
    expect(ownershipOf(f, people, activeNames(people.values())).mainAuthor?.namesakeActive).toBe(false);
  });

  it('falls back to DOA shares of all human contributors when nobody reached authorship', () => {
    const o = ownershipOf(file('a.ts', { commits: 9, authors: [['alice', 3, false, false], ['bob', 1, false, true]], knowledgeLoss: null }), people);
    expect(o.knowledgeLoss).toBeCloseTo(0.75, 12);
  });

  it('treats a file only agents ever wrote as fully lost knowledge with no main author', () => {
    const o = ownershipOf(file('a.ts', { commits: 4, ai: 4, authors: [['claude', 4, false, false]], knowledgeLoss: null }), people);
    expect(o.knowledgeLoss).toBe(1);
    expect(o.mainAuthor).toBeNull();
  });

  it('reports nothing lost for a file with no commits in the window', () => {
    const o = ownershipOf(undefined, people);
    expect(o).toMatchObject({ commits: 0, busFactor: 0, knowledgeLoss: 0, mainAuthor: null });
  });
});

describe('names', () => {
  it('lists distinct names up to the cap', () => {
    expect(names(['Colin', 'Colin', 'Ann', 'Bo', 'Cy'])).toBe('Colin, Ann, Bo and 1 more');
    expect(names(['Ann'])).toBe('Ann');
  });
});
