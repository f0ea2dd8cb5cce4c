import { Type } from '@sinclair/typebox';
import { Count, IsoDate, Nullable, Ratio, RepoPath, Risk } from './common.js';
import { Owners } from './owners.js';

export const Author = Type.Object({
  id: Type.String({ description: 'stable id: a hash of the email after .mailmap' }),
  name: Type.String(),
  email: Type.String(),
  kind: Type.Union([Type.Literal('human'), Type.Literal('agent'), Type.Literal('bot')]),
  tool: Nullable(Type.String({ description: 'the AI tool (agents) or bot rule that matched' })),
  commits: Count,
  aiCommits: Count,
  firstCommit: Nullable(IsoDate),
  lastCommit: Nullable(IsoDate),
  active: Type.Boolean(),
  filesAuthored: Type.Integer({ minimum: 0, description: 'source modules this person is an author of (DOA)' }),
  aliases: Type.Array(
    Type.Object({
      name: Type.String(),
      email: Type.String(),
      rule: Type.Union([Type.Literal('mailmap'), Type.Literal('same-name')], { description: 'mailmap: .mailmap rewrote this identity; same-name: another address under the same full name' }),
    }),
    { description: 'the identities merged into this person, and which rule merged each; empty when none' },
  ),
});

export const Area = Type.Object({
  path: RepoPath,
  modules: Count,
  testModules: Count,
  blastRadius: Type.Integer({ minimum: 0, description: 'source modules outside the area that depend on something inside' }),
  busFactor: Nullable(Count),
  aiCommitRatio: Nullable(Type.Number({ minimum: 0, maximum: 1, description: 'AI-assisted share of the file changes counted in `commits`' })),
  commits: Type.Integer({ minimum: 0, description: 'file changes: each module\'s commits in the window, summed (a commit touching two of its files counts twice)' }),
  linesChanged: Count,
  authors: Type.Array(Type.Object({ id: Type.String(), files: Count, active: Type.Boolean() })),
  // written by every run since the team's own ratings; optional so that earlier reports still read
  familiarity: Type.Optional(Nullable(Type.Object({
    raters: Type.Integer({ minimum: 1, description: 'people with a rating of this area in .blastmap/familiarity.csv' }),
    latest: Type.Number({ minimum: 1, maximum: 3, description: "median of each rater's latest rating (1 fluent, 2 warming, 3 reviewing)" }),
    stuck: Type.Boolean({ description: "some rater's last four ratings of it, in four different ISO weeks, are all 3" }),
    stuckRaters: Type.Array(Type.String(), { description: 'authors[].id of the raters stuck at 3 on it, sorted; empty when stuck is false' }),
  }, { description: "the team's own ratings (report contract, \"The team's own ratings\"); null when nobody rated the area" }))),
  risk: Risk,
  // declared owners aggregated over the area's modules (docs/owners.md); optional so earlier reports still read
  owners: Type.Optional(Owners),
});

export const MonthlyPoint = Type.Object({
  month: Type.String({ pattern: '^\\d{4}-\\d{2}$' }),
  commits: Count,
  aiCommits: Count,
  aiCommitRatio: Nullable(Ratio),
});

export const ChangeCoupling = Type.Object({
  a: RepoPath,
  b: RepoPath,
  together: Count,
  support: Ratio,
  confidence: Ratio,
  hidden: Type.Boolean({ description: 'neither uses the other: no import edge joins the two in either direction, and neither uses a symbol the other defines through re-exports (a barrel)' }),
});

export const Summary = Type.Object({
  modules: Count,
  testModules: Count,
  kinds: Type.Object({ source: Count, test: Count, example: Count, tooling: Count }, { description: 'modules per kind' }),
  edges: Count,
  cycles: Count,
  truckFactor: Nullable(Count),
  truckFactorAuthors: Type.Array(Type.String({ description: 'authors[].id, in the order removed' })),
  aiCommitRatio: Nullable(Ratio),
  commits: Count,
  authors: Count,
  activeAuthors: Count,
  monthly: Type.Array(MonthlyPoint),
  aiMarkers: Type.Array(
    Type.Object({ rule: Type.String({ description: 'tool and the marker that matched, e.g. "Claude Code: trailer Co-authored-by"' }), commits: Count }),
    { description: 'why commits count as AI-assisted: commits marked per rule (one commit may match several)' },
  ),
  levels: Type.Object({ low: Count, medium: Count, high: Count, critical: Count }),
});

export const Provenance = Type.Object({
  gitAi: Type.Boolean({ description: 'the repository has git-ai notes (refs/notes/ai or refs/notes/ai-s/*)' }),
  agentTrace: Type.Boolean({ description: '.agent-trace/traces.jsonl is tracked at HEAD' }),
  notesRead: Type.Integer({ minimum: 0, description: 'git-ai notes read (one per annotated commit)' }),
  traceRecordsRead: Type.Integer({ minimum: 0, description: 'Agent Trace records read' }),
  filesBlamed: Type.Integer({ minimum: 0, description: 'files git blame ran on: those at HEAD that some record names (under their current or a former path) and could be modules' }),
}, { description: 'line-level AI provenance: which records the repository keeps; all false and 0 when it keeps none (then nothing was blamed)' });

export const RepoInfo = Type.Object({
  root: Type.String({ description: "the analyzed directory's name (its last path segment; never a machine path, so reports compare across machines)" }),
  head: Nullable(Type.String({ pattern: '^[0-9a-f]{40,64}$' })),
  branch: Nullable(Type.String()),
  shallow: Type.Boolean(),
  commitsAnalyzed: Count,
  firstCommitDate: Nullable(IsoDate),
  lastCommitDate: Nullable(IsoDate),
  now: IsoDate,
});
