import type { Report } from '../../analyzer/report/schema/index.js';
import { upgradeToVersion2 } from './upgrade-report.js';

/** The version this viewer's schema describes; it also reads every version listed after it. */
export const SUPPORTED_SCHEMA_VERSION = 2;
const READABLE_VERSIONS: readonly unknown[] = [2, 1];

/** The shape of an ajv validate function, precompiled or not. */
export interface ReportValidate {
  (data: unknown): boolean;
  errors?: readonly { instancePath: string; message?: string }[] | null;
}

export type ReportCheck =
  | { ok: true; report: Report }
  | { ok: false; title: string; details: string[] };

/**
 * Tells apart "not a blastmap report at all", "a report of another schema version" and "a
 * damaged report", because each needs a different next step from the reader.
 */
export function checkReport(document: unknown, validate: ReportValidate): ReportCheck {
  const tool = isRecord(document) && isRecord(document['tool']) ? document['tool'] : null;
  if (!isRecord(document) || tool?.['name'] !== 'blastmap') {
    return { ok: false, title: 'This is not a blastmap report.', details: ['Open the report.json (or report.html) that `blastmap analyze` wrote.'] };
  }
  const version = document['schemaVersion'];
  if (!READABLE_VERSIONS.includes(version)) {
    return {
      ok: false,
      title: `This report has schema version ${JSON.stringify(version ?? null)}; this viewer reads versions ${READABLE_VERSIONS.join(' and ')}.`,
      details: [`It was written by blastmap ${String(tool['version'] ?? '(unknown version)')}. Open it with the viewer of that version, or analyze the repository again.`],
    };
  }
  const current = upgradeToVersion2(document);
  if (!validate(current)) {
    const errors = (validate.errors ?? []).slice(0, 5).map((e) => `${e.instancePath || '(root)'} ${e.message ?? 'is invalid'}`);
    return { ok: false, title: 'This blastmap report is damaged: it does not match its schema.', details: errors };
  }
  return { ok: true, report: current as Report };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
