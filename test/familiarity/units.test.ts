import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WarningSink } from '../../analyzer/core/warnings.js';
import { loadConfig } from '../../analyzer/cli/load-config.js';
import { mergeOptions } from '../../analyzer/core/options.js';
import { csvField, neutralised, parseCsv, unneutralised, type CsvRecord } from '../../analyzer/core/csv.js';
import { parseFamiliarity } from '../../analyzer/history/familiarity-file.js';
import { personMatcher } from '../../analyzer/history/person-match.js';
import { isoWeek, ratedKnowledgeLoss } from '../../analyzer/score/familiarity.js';

const records = (text: string): CsvRecord[] => {
  const out: CsvRecord[] = [];
  parseCsv(text, (r) => out.push(r));
  return out;
};

describe('CSV (RFC 4180)', () => {
  it('splits fields and records, with quoted commas, quotes and line breaks', () => {
    expect(records('a,b\r\n"x, y","say ""hi""\nthere"\nlast,')).toEqual([
      { line: 1, cells: ['a', 'b'], unterminated: false },
      { line: 2, cells: ['x, y', 'say "hi"\nthere'], unterminated: false },
      { line: 4, cells: ['last', ''], unterminated: false },
    ]);
  });

  it('drops a leading BOM and reports an unclosed quote', () => {
    expect(records('\uFEFFdate,x\n"open,end')).toEqual([
      { line: 1, cells: ['date', 'x'], unterminated: false },
      { line: 2, cells: ['open,end'], unterminated: true },
    ]);
  });

  it('writes fields that read back the same, and neutralises formula cells both ways', () => {
    for (const text of ['plain', 'a,b', 'say "x"', 'two\nlines', ' edge ']) expect(records(csvField(text))[0]!.cells).toEqual([text]);
    expect(['=cmd|x', '+1', '-2', '@SUM(A1)', 'ok'].map(neutralised)).toEqual(["'=cmd|x", "'+1", "'-2", "'@SUM(A1)", 'ok']);
    expect(["'=cmd|x", "'plain", '=raw'].map(unneutralised)).toEqual(['=cmd|x', "'plain", '=raw']);
  });
});

describe('ISO weeks', () => {
  // ISO 8601 examples (Wikipedia, "ISO week date"): 2008-12-29 is 2009-W01-1, 2010-01-03 is 2009-W53-7
  it('puts the days around a year end in the week of their Thursday', () => {
    expect(isoWeek('2008-12-29')).toBe('2009-W01');
    expect(isoWeek('2010-01-03')).toBe('2009-W53');
    expect(isoWeek('2010-01-04')).toBe('2010-W01');
    expect(isoWeek('2025-05-05')).toBe('2025-W19');
    expect(isoWeek('2025-05-11')).toBe('2025-W19');
    expect(isoWeek('2025-05-12')).toBe('2025-W20');
  });
});

describe('ratings rows', () => {
  it('reads CRLF, a BOM, quoted and neutralised cells, and refuses non-UTF-8 rows', () => {
    const bytes = Buffer.concat([
      Buffer.from('\uFEFFdate,person,area,rating\r\n2025-01-06,"Ann, Jr.",\'-dash,2\r\n', 'utf8'),
      Buffer.from([0x32, 0x30, 0x32, 0x35, 0x2d, 0x30, 0x31, 0x2d, 0x30, 0x36, 0x2c, 0xff, 0x2c, 0x61, 0x2c, 0x31, 0x0d, 0x0a]),
    ]);
    const { rows, problems } = parseFamiliarity(bytes);
    expect(rows).toEqual([{ line: 2, date: '2025-01-06', person: 'Ann, Jr.', area: '-dash', rating: 2 }]);
    const sink = new WarningSink();
    problems.flushInto(sink);
    expect(sink.items).toEqual([{ code: 'familiarity-bad-row', path: '.blastmap/familiarity.csv', message: 'line 3: bytes that are not UTF-8' }]);
  });

  it('reads a file without the header, saying so', () => {
    const { rows, problems } = parseFamiliarity(Buffer.from('2025-01-06,a,src,1\n'));
    expect(rows).toHaveLength(1);
    const sink = new WarningSink();
    problems.flushInto(sink);
    expect(sink.items.map((w) => w.message)).toEqual(['line 1: not the header date,person,area,rating; read as a rating']);
  });
});

describe('people', () => {
  const people = [
    { id: 'a', name: 'Sam Lee', email: 'sam@a.org', kind: 'human', aliases: [{ name: 'Sam Lee', email: 'sam@old.org' }] },
    { id: 'b', name: 'Sam Lee', email: 'sam@b.org', kind: 'human', aliases: [] },
    { id: 'c', name: 'claude[bot]', email: 'c@bot', kind: 'agent', aliases: [] },
  ];
  it('matches an address or alias address, refuses a shared name and agents', () => {
    const m = personMatcher(people);
    expect(m.match(' SAM@OLD.ORG ')).toEqual({ id: 'a' });
    expect(m.match('sam@b.org')).toEqual({ id: 'b' });
    expect(m.match('Sam  Lee')).toEqual({ id: null, why: 'ambiguous' });
    expect(m.match('claude[bot]')).toEqual({ id: null, why: 'unknown' });
  });
});

describe('the rated knowledge loss', () => {
  const w = { fluent: 0.5, reviewing: 0.5 };
  const facts = (n: number, f: number, r: number) => ({ familiarity: { raters: n, latest: 2, stuck: false, stuckRaters: [] }, activeRaters: n, activeFluent: f, activeReviewing: r });
  it('follows L − f·(F/n)·L + r·(R/n)·(1 − L)', () => {
    expect(ratedKnowledgeLoss(0.4, facts(4, 2, 1), w)).toBeCloseTo(0.4 - 0.5 * 0.5 * 0.4 + 0.5 * 0.25 * 0.6, 12); // 0.375
    expect(ratedKnowledgeLoss(0.4, facts(0, 0, 0), w)).toBe(0.4);
    expect(ratedKnowledgeLoss(0.4, undefined, w)).toBe(0.4);
    expect(ratedKnowledgeLoss(1, facts(1, 0, 1), { fluent: 1, reviewing: 1 })).toBe(1);
    expect(ratedKnowledgeLoss(1, facts(1, 1, 0), { fluent: 1, reviewing: 1 })).toBe(0);
  });
});

describe('the score.familiarity config key', () => {
  it('merges over the defaults and refuses a weight outside 0..1, naming the key', () => {
    expect(mergeOptions({ score: { familiarity: { fluent: 1 } } }, {}).score.familiarity).toEqual({ fluent: 1, reviewing: 0.5 });
    const dir = mkdtempSync(join(tmpdir(), 'blastmap-familiarity-config-'));
    try {
      const good = join(dir, 'good.json');
      writeFileSync(good, JSON.stringify({ score: { familiarity: { reviewing: 0.8 } } }));
      expect(loadConfig(dir, good).config.score?.familiarity).toEqual({ reviewing: 0.8 });
      const bad = join(dir, 'bad.json');
      writeFileSync(bad, JSON.stringify({ score: { familiarity: { fluent: 2 } } }));
      expect(() => loadConfig(dir, bad)).toThrow(/familiarity\/fluent/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
