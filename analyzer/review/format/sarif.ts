import { createHash } from 'node:crypto';
import type { ReviewRuleId } from '../../core/review-options-schema.js';
import type { ReviewFinding } from '../gate.js';
import type { TouchedLines } from '../touched-lines.js';

/** What each rule finds, for the SARIF rule descriptors (and code scanning's rule help). */
export const RULE_TEXT: Record<ReviewRuleId, { name: string; short: string; help: string }> = {
  'ai-change-unexplained': {
    name: 'AiChangeUnexplained',
    short: 'An AI-assisted change to a module many depend on, without an explanation.',
    help: 'A commit of the change carries an AI-assistance marker and touches a module above the configured risk level or blast radius, and neither the pull request description nor a commit message has the explanation section (default heading "## Why"). Add one: what the change does, how it can fail, and why this approach.',
  },
  'made-unowned': {
    name: 'MadeUnowned',
    short: 'After the change, a module has no active author by degree of authorship.',
    help: 'Before the change the module had at least one active author by degree of authorship (Avelino et al.); the change\'s commits by others lowered their share below the threshold. Ask them to review, or name who will own the module.',
  },
  'new-cycle': {
    name: 'NewImportCycle',
    short: 'The change adds an import cycle.',
    help: 'Modules that were not in one cycle before the change now import each other. Remove the import that closed the cycle, or move what both need into a module of its own.',
  },
  'critical-dependency': {
    name: 'CriticalDependency',
    short: 'A module in a low-risk area now imports a critical module.',
    help: 'The change adds an import from a module in an area whose risk level is low onto a module whose risk level is critical: a break in the critical module now reaches this area. Import a narrower module if one serves, or ask its active authors.',
  },
  'co-change-missing': {
    name: 'CoChangeMissing',
    short: 'A file changed without the file it usually changes with.',
    help: 'The history shows the two files changing in the same commits (hidden coupling: neither imports the other, nor takes a symbol of the other through a re-export), and this change touched only one of them. Check whether the other needs the same change.',
  },
  'cycle-removed': {
    name: 'CycleRemoved',
    short: 'The change breaks an import cycle.',
    help: 'Modules that were in one import cycle before the change no longer are.',
  },
  'unowned-hub-gains-author': {
    name: 'UnownedHubGainsAuthor',
    short: 'A module many depend on had no active author and now has one.',
    help: 'Before the change the module had no active author by degree of authorship; after it, it has one.',
  },
};

const SARIF_LEVEL = { error: 'error', warning: 'warning', note: 'note' } as const;
const INFO_URI = 'https://github.com/blastmap/blastmap/blob/main/docs/ci.md';

/** A repository path as a relative URI reference: each segment percent-encoded (spaces, `#`, `%`, newlines). */
export function pathUri(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

/**
 * SARIF 2.1.0 (OASIS), as GitHub code scanning ingests it: one run, a rule descriptor per rule,
 * each result on the first lines the change touched in its file, so the pull request shows it.
 * `prefix` makes paths relative to the repository root, which code scanning expects.
 */
export function reviewSarif(findings: readonly ReviewFinding[], lines: ReadonlyMap<string, TouchedLines | null>, prefix: string, version: string): object {
  const ids = [...new Set(findings.map((f) => f.rule))];
  const rules = ids.map((id) => ({
    id,
    name: RULE_TEXT[id].name,
    shortDescription: { text: RULE_TEXT[id].short },
    fullDescription: { text: RULE_TEXT[id].help },
    help: { text: RULE_TEXT[id].help },
    helpUri: INFO_URI,
    defaultConfiguration: { level: SARIF_LEVEL[findings.find((f) => f.rule === id)?.level ?? 'warning'] },
    properties: { tags: ['maintainability'] },
  }));
  const results = findings.map((f) => {
    const at = lines.get(f.path) ?? null;
    const region = at === null ? { startLine: 1 } : { startLine: at.start, endLine: at.end };
    return {
      ruleId: f.rule,
      ruleIndex: ids.indexOf(f.rule),
      level: SARIF_LEVEL[f.level],
      message: { text: f.message.endsWith('.') ? f.message : `${f.message}.` },
      locations: [{ physicalLocation: { artifactLocation: { uri: pathUri(prefix + f.path), uriBaseId: '%SRCROOT%' }, region } }],
      partialFingerprints: { 'blastmapFinding/v1': createHash('sha256').update(`${f.rule}\0${prefix}${f.path}\0${f.key}`).digest('hex').slice(0, 32) },
      ...(f.baseline ? { baselineState: 'unchanged' } : {}),
    };
  });
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'blastmap', version, semanticVersion: version, informationUri: INFO_URI, rules } },
        automationDetails: { id: 'blastmap/review/' },
        originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The root of the repository.' } } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}
