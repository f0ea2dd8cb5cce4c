import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { anonymizeReport } from '../../analyzer/report/anonymize.js';
import { renderMarkdown } from '../../analyzer/report/markdown.js';
import { reportErrors } from '../../analyzer/report/validate.js';
import { sampleReport } from '../score/report-fixture.js';

const original = sampleReport();
const anon = anonymizeReport(original);
const json = JSON.stringify(anon);
/** authors keep their order, so an original id's pseudonym sits at the same index */
const pseudonymOf = (id: string): string => anon.authors[original.authors.findIndex((a) => a.id === id)]!.id;

describe('anonymizeReport', () => {
  it('leaves no name, email or original id of a person anywhere, json or markdown', () => {
    const md = renderMarkdown(anon, { top: 10 });
    // the merged identities too (authors[].aliases): names and addresses of the same people
    for (const secret of ['Liddell', 'alice@wonder.land', 'a.liddell@oxford.example', 'al@old.example', 'Bob', 'bob@example.com', '"alice"', '"bob"']) {
      expect(json).not.toContain(secret);
      expect(md).not.toContain(secret.replace(/"/g, ''));
    }
    expect(md).toContain(pseudonymOf('alice'));
    expect(json).not.toContain('"al"');
    expect(anon.authors.find((a) => a.id === pseudonymOf('alice'))!.aliases).toEqual([
      { name: `${pseudonymOf('alice')}-alias-1`, email: `${pseudonymOf('alice')}-alias-1@anonymized.invalid`, rule: 'same-name' },
      { name: `${pseudonymOf('alice')}-alias-2`, email: `${pseudonymOf('alice')}-alias-2@anonymized.invalid`, rule: 'mailmap' },
    ]);
  });

  it('gives stable pseudonyms and rewrites every id that points at a person', () => {
    const again = anonymizeReport(sampleReport());
    expect(again.authors.map((a) => a.id)).toEqual(anon.authors.map((a) => a.id));
    const ids = new Set(anon.authors.map((a) => a.id));
    for (const m of anon.modules) for (const a of m.history?.authors ?? []) expect(ids.has(a.id)).toBe(true);
    for (const area of anon.areas) for (const a of area.authors) expect(ids.has(a.id)).toBe(true);
    expect(anon.summary.truckFactorAuthors).toEqual([pseudonymOf('alice')]);
    expect(new Set(anon.authors.map((a) => a.name)).size).toBe(3);
  });

  it('ranks people by commits, so a pseudonym cannot be traced back by hashing an email', () => {
    const people = anon.authors.filter((a) => a.kind === 'human');
    expect(people.map((a) => a.id).sort()).toEqual(people.map((_, i) => `person-${i + 1}`).sort());
    const busiest = [...original.authors].filter((a) => a.kind === 'human').sort((a, b) => b.commits - a.commits)[0]!;
    expect(pseudonymOf(busiest.id)).toBe('person-1');
    for (const a of original.authors) expect(json).not.toContain(createHash('sha256').update(a.id).digest('hex').slice(0, 8));
  });

  it('keeps the tool name for agents and bots', () => {
    const agent = anon.authors.find((a) => a.kind === 'agent')!;
    expect(agent.name).toBe('claude');
    expect(agent.email).not.toContain('anthropic');
  });

  it('rewrites names inside explanations and warnings, and the result still validates', () => {
    const hub = anon.modules.find((m) => m.path === 'src/core/hub.ts')!;
    expect(hub.risk.explanation).toContain(`its main author ${pseudonymOf('alice')}'s last commit`);
    expect(anon.warnings[0]!.message).toBe(`blame ${pseudonymOf('alice')}@anonymized.invalid`);
    expect(reportErrors(anon)).toEqual([]);
  });

  it('does not touch the input report or rewrite words that merely contain a name', () => {
    expect(original.authors[0]!.name).toBe('Alice | <b>Liddell</b>');
    const report = sampleReport();
    report.authors[1]!.name = 'Ann';
    report.modules[0]!.risk.explanation = 'Anne and Ann met';
    expect(anonymizeReport(report).modules[0]!.risk.explanation).toBe(`Anne and ${pseudonymOf('bob')} met`);
  });
});
