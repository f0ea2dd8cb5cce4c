import { byImportance, type ReviewFinding } from '../gate.js';
import type { TouchedLines } from '../touched-lines.js';

/** GitHub shows at most 10 annotations of each level per step. */
export const ANNOTATIONS_PER_LEVEL = 10;
const COMMAND = { error: 'error', warning: 'warning', note: 'notice' } as const;

/**
 * A workflow command's message, escaped as @actions/core escapes it (`escapeData`): `%`, CR and LF
 * become %25, %0D, %0A, so the text stays on the command's line and no part of it can start a
 * command of its own (`::set-output`, `::add-mask` in a path or a message stay text).
 */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A property value (`file=`, `title=`) escaped as `escapeProperty`: also `:` and `,`, which end a value. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * Annotations for the findings, most important first, at most 10 per level, on the first lines
 * the change touched in each file (`prefix` makes paths the repository root's). Returns the
 * command lines and how many findings of each level were not annotated.
 */
export function githubAnnotations(findings: readonly ReviewFinding[], lines: ReadonlyMap<string, TouchedLines | null>, prefix: string): { commands: string[]; left: Record<'error' | 'warning' | 'note', number> } {
  const used = { error: 0, warning: 0, note: 0 };
  const left = { error: 0, warning: 0, note: 0 };
  const commands: string[] = [];
  for (const f of byImportance(findings)) {
    if (used[f.level] >= ANNOTATIONS_PER_LEVEL) {
      left[f.level] += 1;
      continue;
    }
    used[f.level] += 1;
    const at = lines.get(f.path) ?? null;
    const props = [`file=${escapeProperty(prefix + f.path)}`];
    if (at !== null) props.push(`line=${at.start}`, `endLine=${at.end}`);
    props.push(`title=${escapeProperty(`blastmap ${f.rule}${f.baseline ? ' (in the baseline)' : ''}`)}`);
    commands.push(`::${COMMAND[f.level]} ${props.join(',')}::${escapeData(f.message)}`);
  }
  return { commands, left };
}

/** Workflow-command parsing as the runner does it, for tests and for checking our own output: `::name k=v,k=v::data`. */
export function parseWorkflowCommand(line: string): { command: string; properties: Record<string, string>; data: string } | null {
  const match = /^::([A-Za-z-]+)(?: ([^:]*))?::(.*)$/s.exec(line);
  if (!match) return null;
  const unescape = (text: string): string => text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
  const properties: Record<string, string> = {};
  for (const pair of (match[2] ?? '').split(',')) {
    if (pair.length === 0) continue;
    const eq = pair.indexOf('=');
    properties[pair.slice(0, eq)] = unescape(pair.slice(eq + 1));
  }
  const data = (match[3] ?? '').replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
  return { command: match[1] as string, properties, data };
}
