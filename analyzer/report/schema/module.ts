import { Type } from '@sinclair/typebox';
import { Count, IsoDate, Nullable, Ratio, RepoPath, Risk } from './common.js';
import { Owners } from './owners.js';

export const ModuleGraphFigures = Type.Object({
  fanIn: Count,
  fanOut: Count,
  blastRadius: Type.Integer({ minimum: 0, description: 'distinct source modules (kind "source") that reach this one through import edges' }),
  betweenness: Type.Number({ minimum: 0, description: 'normalised betweenness on the directed graph of source modules (0 for other kinds)' }),
  pagerank: Type.Number({ minimum: 0, description: 'PageRank on the directed graph of source modules (0 for other kinds)' }),
  symbolFanIn: Count,
  symbolBlastRadius: Type.Integer({
    minimum: 0,
    description: 'barrel-aware blast radius: transitive source-module users of symbols defined here, re-export chains followed',
  }),
  barrel: Type.Boolean({ description: 'the module only re-exports (defines nothing of its own)' }),
  cycle: Nullable(Type.Integer({ minimum: 0, description: 'index into cycles[] when the module is in an import cycle' })),
});

export const ModuleSize = Type.Object({
  loc: Type.Integer({ minimum: 0, description: 'lines holding code (not blank, not only comments)' }),
  complexity: Type.Integer({ minimum: 0, description: 'cyclomatic complexity: sum of McCabe over the top level and every function' }),
  maxFunctionComplexity: Type.Integer({ minimum: 0 }),
  functions: Count,
});

export const FileAuthor = Type.Object({
  id: Type.String({ description: 'authors[].id' }),
  doa: Type.Number(),
  commits: Type.Integer({ minimum: 0, description: "DL: this person's non-merge commits to the file that neither add nor delete it" }),
  firstAuthorship: Type.Boolean({ description: 'FA: this person made a commit that added the file (renames followed), first or again after a deletion' }),
  isAuthor: Type.Boolean({ description: 'DOA / max DOA > 0.75, and DOA >= 3.293 or FA' }),
  active: Type.Boolean(),
});

export const ModuleHistory = Type.Object({
  commits: Count,
  linesAdded: Count,
  linesDeleted: Count,
  aiCommits: Count,
  aiCommitRatio: Nullable(Ratio),
  aiLinesAdded: Count,
  busFactor: Count,
  authors: Type.Array(FileAuthor),
  createdBy: Nullable(Type.String({ description: 'authors[].id of whoever made the creating commit (renames followed)' })),
  lastChange: Nullable(IsoDate),
  lastHumanChange: Nullable(IsoDate),
  knowledgeLoss: Nullable(Ratio),
  formerPaths: Type.Array(RepoPath),
  // Written by every run since line-level provenance; optional so that earlier reports still read.
  aiLineShare: Type.Optional(Nullable(Type.Number({
    minimum: 0, maximum: 1,
    description: 'share of the file\'s current lines (at HEAD, blank lines included) that an AI tool wrote, by the repository\'s own records (git-ai notes or Agent Trace) mapped through git blame: aiLines / lines blamed. null when the repository records nothing for this file (or it is empty); lines whose commit has no record count as not AI-written',
  }))),
  aiLines: Type.Optional(Nullable(Type.Integer({ minimum: 0, description: 'the current lines counted as AI-written in aiLineShare; null with it' }))),
  aiLineSource: Type.Optional(Nullable(Type.Union([Type.Literal('git-ai'), Type.Literal('agent-trace')], {
    description: 'which records gave aiLineShare: git-ai notes (refs/notes/ai, refs/notes/ai-s/*) or Agent Trace records (.agent-trace/traces.jsonl); git-ai when both name the file; null with aiLineShare',
  }))),
});

export const ModuleKind = Type.Union([Type.Literal('source'), Type.Literal('test'), Type.Literal('example'), Type.Literal('tooling')], {
  description: 'source (the product), test, example (examples, demos, playgrounds, docs sites) or tooling (build and release scripts, benchmarks, generators); only source modules count toward blast radius, centrality, the truck factor and the default ranking',
});

export const Module = Type.Object({
  path: RepoPath,
  kind: ModuleKind,
  test: Type.Boolean({ description: 'true exactly when kind is "test"' }),
  area: RepoPath,
  size: ModuleSize,
  externals: Type.Array(Type.String(), { description: 'packages (and node: builtins) it imports, by name' }),
  graph: ModuleGraphFigures,
  history: Nullable(ModuleHistory),
  risk: Risk,
  // written by every run since declared owners; optional so that earlier reports still read
  owners: Type.Optional(Owners),
  layout: Type.Optional(Type.Object({ x: Type.Number(), y: Type.Number() })),
});

export const Edge = Type.Object({
  source: RepoPath,
  target: RepoPath,
  typeOnly: Type.Boolean(),
  dynamic: Type.Boolean(),
  kind: Type.Union([
    Type.Literal('import'), Type.Literal('export'), Type.Literal('require'),
    Type.Literal('dynamic-import'), Type.Literal('import-type'), Type.Literal('import-equals'),
  ], { description: 'the first syntax that created the edge' }),
});

export const Cycle = Type.Object({
  members: Type.Array(RepoPath, { minItems: 1 }),
});

