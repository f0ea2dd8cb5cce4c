import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REVIEW_RULE_IDS } from '../../analyzer/core/review-options-schema.js';
import { escapeData, githubAnnotations, parseWorkflowCommand } from '../../analyzer/review/format/github.js';
import { COMMENT_BUDGET, reviewMarkdown } from '../../analyzer/review/format/markdown.js';
import { pathUri, reviewSarif } from '../../analyzer/review/format/sarif.js';
import type { ReviewFinding } from '../../analyzer/review/gate.js';
import type { ReviewJson } from '../../analyzer/review/index.js';
import type { TouchedLines } from '../../analyzer/review/touched-lines.js';

const scratch = mkdtempSync(path.join(tmpdir(), 'blastmap-review-formats-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const HOSTILE_PATHS = [
  'src/plain.ts',
  'src/with space/it\'s "quoted".ts',
  'src/new\nline::set-output name=x::y.ts',
  '-leading/dash%25,comma:colon.ts',
  'src/<script>alert(1)</script>#[x](y)|z.ts',
];

function finding(i: number, level: ReviewFinding['level'], extra: Partial<ReviewFinding> = {}): ReviewFinding {
  const path = HOSTILE_PATHS[i % HOSTILE_PATHS.length] as string;
  return {
    rule: REVIEW_RULE_IDS[i % REVIEW_RULE_IDS.length] as ReviewFinding['rule'],
    level,
    path,
    message: `\`${path}\` finding ${i}: <img src=x onerror=alert(1)> ::add-mask::secret%0A\n::error::forged\r\nend`,
    baseline: false,
    fails: level === 'error',
    key: String(i),
    ...extra,
  };
}

function json(findings: ReviewFinding[], changed = 3, affected = 2): ReviewJson {
  return {
    schemaVersion: 2,
    base: { ref: "main\n::warning::x", commit: 'a'.repeat(40), mergeBase: 'b'.repeat(40) },
    head: { ref: 'HEAD', commit: 'c'.repeat(40) },
    changed: Array.from({ length: changed }, (_, i) => ({ path: `${HOSTILE_PATHS[i % HOSTILE_PATHS.length]}${i}`, status: 'modified' as const, from: null })),
    affected: Array.from({ length: affected }, (_, i) => `src/dep-${i}.ts`),
    findings: findings.map(({ rule, level, path, message, baseline }) => ({ rule, level, path, message, baseline })),
    gate: { passed: !findings.some((f) => f.fails), failed: [...new Set(findings.filter((f) => f.fails).map((f) => f.rule))] },
    ask: { modules: [{ path: HOSTILE_PATHS[4] as string, authors: ['<b>Mallory</b>'], declared: ['@org/team'] }], areas: [] },
    explanation: null,
    commits: { total: 2, aiAssisted: 1 },
  };
}

const lines = new Map<string, TouchedLines | null>(HOSTILE_PATHS.map((p, i) => [p, i === 0 ? null : { start: i * 3, end: i * 3 + 2 }]));

describe('github format', () => {
  it('escapes data as the runner unescapes it: one command per line, no forged command', () => {
    const findings = Array.from({ length: 12 }, (_, i) => finding(i, 'warning'));
    const { commands } = githubAnnotations(findings, lines, 'pkg/');
    for (const line of commands) {
      expect(line).not.toMatch(/[\r\n]/);
      const parsed = parseWorkflowCommand(line);
      expect(parsed?.command).toBe('warning');
    }
    const first = parseWorkflowCommand(commands[0] as string);
    expect(first?.data).toBe(findings[0]?.message);
    expect(first?.properties.file).toBe(`pkg/${HOSTILE_PATHS[0]}`);
    expect(first?.properties.line).toBeUndefined();
    const second = parseWorkflowCommand(commands[1] as string);
    expect(second?.properties.file).toBe(`pkg/${HOSTILE_PATHS[1]}`);
    expect(second?.properties).toMatchObject({ line: '3', endLine: '5' });
    // a property value cannot end early at a comma or a colon
    const fourth = parseWorkflowCommand(commands[3] as string);
    expect(fourth?.properties.file).toBe(`pkg/${HOSTILE_PATHS[3]}`);
    expect(escapeData('%0A')).toBe('%250A');
  });

  it('at most 10 per level, failing and new ones first', () => {
    const findings = [
      ...Array.from({ length: 11 }, (_, i) => finding(i, 'note')),
      ...Array.from({ length: 12 }, (_, i) => finding(i, 'error', { baseline: i < 6, fails: i >= 6 })),
      ...Array.from({ length: 3 }, (_, i) => finding(i, 'warning')),
    ];
    const { commands, left } = githubAnnotations(findings, lines, '');
    const parsed = commands.map((c) => parseWorkflowCommand(c));
    expect(parsed.filter((p) => p?.command === 'error')).toHaveLength(10);
    expect(parsed.filter((p) => p?.command === 'notice')).toHaveLength(10);
    expect(parsed.filter((p) => p?.command === 'warning')).toHaveLength(3);
    expect(left).toEqual({ error: 2, warning: 0, note: 1 });
    // the six failing errors come before any baseline one
    const errors = parsed.filter((p) => p?.command === 'error').map((p) => p?.properties.title);
    expect(errors.slice(0, 6).every((t) => !t?.includes('baseline'))).toBe(true);
    expect(errors.slice(6).every((t) => t?.includes('in the baseline'))).toBe(true);
  });
});

describe('markdown format', () => {
  it('escapes every repository string: no tag, no link, no forged heading', () => {
    const text = reviewMarkdown(json([finding(4, 'error'), finding(2, 'warning')]), [finding(4, 'error'), finding(2, 'warning')]);
    expect(text).not.toContain('<script>');
    expect(text).not.toContain('<img');
    expect(text).not.toContain('<b>Mallory');
    expect(text).not.toMatch(/(?<!\\)\]\(/);
    expect(text).not.toMatch(/^::/m);
    expect(text).toContain('&lt;script&gt;');
  });

  it('stays under the comment limit with 20,000 changed files and 2,000 findings, closing every <details>', () => {
    const findings = Array.from({ length: 2000 }, (_, i) => finding(i, i % 3 === 0 ? 'error' : 'warning'));
    const text = reviewMarkdown(json(findings, 20_000, 20_000), findings);
    expect(text.length).toBeLessThan(65_536);
    expect(text.length).toBeLessThanOrEqual(COMMENT_BUDGET + 1);
    expect(text.match(/<details>/g)?.length).toBe(text.match(/<\/details>/g)?.length);
    expect(text).toMatch(/and \d[\d,]* more/);
  });
});

/** The validator's native binary: its npm wrapper (bin.js) runs it through a shell, which splits "Gh;Sarif" at the `;`. */
function multitool(): string | null {
  if (process.env.SARIF_MULTITOOL) return process.env.SARIF_MULTITOOL;
  try {
    const binary = createRequire(import.meta.url)('@microsoft/sarif-multitool') as string;
    return existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

describe('sarif format', () => {
  const findings = [...Array.from({ length: 14 }, (_, i) => finding(i, (['error', 'warning', 'note'] as const)[i % 3] ?? 'note'))];
  const sarif = reviewSarif(findings, lines, 'pkg dir/', '0.2.0') as { runs: Array<{ results: Array<{ locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }> }> }> };

  it('puts each result on the lines the diff touched, under a relative, encoded URI', () => {
    const result = sarif.runs[0]?.results[1];
    expect(result?.locations[0]?.physicalLocation.region.startLine).toBe(3);
    expect(result?.locations[0]?.physicalLocation.artifactLocation.uri).toBe(pathUri(`pkg dir/${HOSTILE_PATHS[1]}`));
    expect(decodeURIComponent(result?.locations[0]?.physicalLocation.artifactLocation.uri ?? '')).toBe(`pkg dir/${HOSTILE_PATHS[1]}`);
  });

  it('is valid under sarif-multitool validate --rule-kind "Gh;Sarif"', () => {
    const binary = multitool();
    expect(binary, 'the @microsoft/sarif-multitool devDependency is not installed: run npm install').not.toBeNull();
    const input = path.join(scratch, 'review.sarif');
    const output = path.join(scratch, 'validation.sarif');
    writeFileSync(input, JSON.stringify(sarif, null, 2));
    const run = spawnSync(binary as string, ['validate', '--rule-kind', 'Gh;Sarif', '--output', output, input], { encoding: 'utf8', timeout: 120_000, env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1' } });
    expect(run.status, run.stdout + run.stderr).toBe(0);
    const log = JSON.parse(readFileSync(output, 'utf8')) as { runs: Array<{ results?: Array<{ ruleId: string; message: unknown }> }> };
    expect(log.runs[0]?.results ?? []).toEqual([]);
  });

  it('the validator does catch a broken log (the test can fail)', () => {
    const binary = multitool();
    expect(binary).not.toBeNull();
    const broken = JSON.parse(JSON.stringify(sarif)) as { runs: Array<{ results: Array<Record<string, unknown>> }> };
    const first = broken.runs[0]?.results[0] as { locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> };
    (first.locations[0] as { physicalLocation: { artifactLocation: { uri: string } } }).physicalLocation.artifactLocation.uri = 'file:///abs/path.ts';
    const input = path.join(scratch, 'broken.sarif');
    const output = path.join(scratch, 'broken-validation.sarif');
    writeFileSync(input, JSON.stringify(broken));
    spawnSync(binary as string, ['validate', '--rule-kind', 'Gh;Sarif', '--output', output, input], { encoding: 'utf8', timeout: 120_000 });
    const log = JSON.parse(readFileSync(output, 'utf8')) as { runs: Array<{ results?: unknown[] }> };
    expect((log.runs[0]?.results ?? []).length).toBeGreaterThan(0);
  });
});
