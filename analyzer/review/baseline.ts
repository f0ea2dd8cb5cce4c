import { readFileSync, statSync } from 'node:fs';
import { REVIEW_RULE_IDS } from '../core/review-rule-ids.js';
import { ReviewInputError } from './review-input-error.js';

/**
 * A baseline of known findings, as dependency-cruiser's known-violations file is for its rules:
 * a finding in it is still reported, but never fails the gate. Matched on rule, path and key
 * (what tells two findings of one rule on one path apart), never on the message, whose figures move.
 */
export interface BaselineEntry {
  rule: string;
  path: string;
  key: string;
}

export interface BaselineFile {
  blastmapReviewBaseline: 1;
  findings: BaselineEntry[];
}

const MAX_BASELINE_BYTES = 64 * 1024 * 1024;

export const baselineKey = (e: BaselineEntry): string => `${e.rule}\0${e.path}\0${e.key}`;

export function readBaseline(file: string): Set<string> {
  let text: string;
  try {
    if (statSync(file).size > MAX_BASELINE_BYTES) throw new ReviewInputError(`baseline ${file} is larger than ${MAX_BASELINE_BYTES} bytes`);
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if (error instanceof ReviewInputError) throw error;
    throw new ReviewInputError(`cannot read baseline ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new ReviewInputError(`baseline ${file} is not JSON: ${(error as Error).message}`);
  }
  const known = new Set<string>(REVIEW_RULE_IDS);
  const body = parsed as Partial<BaselineFile> | null;
  if (typeof body !== 'object' || body === null || body.blastmapReviewBaseline !== 1 || !Array.isArray(body.findings))
    throw new ReviewInputError(`baseline ${file} is not a blastmap review baseline (write one with --write-baseline)`);
  const keys = new Set<string>();
  body.findings.forEach((entry: unknown, i) => {
    const e = entry as Partial<BaselineEntry> | null;
    if (typeof e !== 'object' || e === null || typeof e.rule !== 'string' || typeof e.path !== 'string' || typeof e.key !== 'string' || !known.has(e.rule))
      throw new ReviewInputError(`baseline ${file}: findings[${i}] needs a known rule, a path and a key`);
    keys.add(baselineKey(e as BaselineEntry));
  });
  return keys;
}

export function baselineText(findings: readonly BaselineEntry[]): string {
  const entries = findings.map(({ rule, path, key }) => ({ rule, path, key }));
  const body: BaselineFile = { blastmapReviewBaseline: 1, findings: entries };
  return `${JSON.stringify(body, null, 2)}\n`;
}
