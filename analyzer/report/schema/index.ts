import { Type, type Static } from '@sinclair/typebox';
import { Count, Risk, RiskFactor, Warning } from './common.js';
import { Cycle, Edge, Module, ModuleHistory } from './module.js';
import { SinceBaseline } from './comparison.js';
import { Area, Author, ChangeCoupling, Provenance, RepoInfo, Summary } from './repo-level.js';

import { CodeownersFile, Owners } from './owners.js';
import { Trend, TrendAreas, TrendPoint } from './trend.js';
import { SCHEMA_VERSION } from './version.js';

/** The one source of the report's JSON Schema and of its TypeScript type. */
export const ReportSchema = Type.Object(
  {
    $schema: Type.Optional(Type.String()),
    schemaVersion: Type.Literal(SCHEMA_VERSION),
    tool: Type.Object({ name: Type.Literal('blastmap'), version: Type.String() }),
    generatedFrom: Type.Object({ files: Count, excluded: Count }, { description: 'tracked TS/JS files seen and how many went to warnings' }),
    repo: RepoInfo,
    options: Type.Record(Type.String(), Type.Unknown(), { description: 'the effective options, so the report can be reproduced' }),
    summary: Summary,
    // Written by every run since line-level provenance; optional so that earlier reports still read.
    provenance: Type.Optional(Provenance),
    modules: Type.Array(Module),
    edges: Type.Array(Edge),
    cycles: Type.Array(Cycle),
    areas: Type.Array(Area),
    authors: Type.Array(Author),
    coupling: Type.Array(ChangeCoupling),
    warnings: Type.Array(Warning),
    // Declared owners (contract schema 2): null without a CODEOWNERS file; optional so earlier reports still read
    codeowners: Type.Optional(Type.Union([CodeownersFile, Type.Null()])),
    // Written by `analyze --baseline` only (docs/diff.md); not part of the contract.
    sinceBaseline: Type.Optional(SinceBaseline),
    trend: Type.Optional(Trend),
  },
  { $id: 'https://blastmap.dev/schema/report-v2.json', title: 'blastmap report', additionalProperties: true },
);

export type Report = Static<typeof ReportSchema>;
export type ReportModule = Static<typeof Module>;
export type ReportEdge = Static<typeof Edge>;
export type ReportArea = Static<typeof Area>;
export type ReportAuthor = Static<typeof Author>;
export type ReportWarning = Static<typeof Warning>;
export type ReportSummary = Static<typeof Summary>;
export type ReportRepo = Static<typeof RepoInfo>;
export type ReportCoupling = Static<typeof ChangeCoupling>;
export type ReportProvenance = Static<typeof Provenance>;
export type ReportCycle = Static<typeof Cycle>;
export type ModuleHistoryFigures = Static<typeof ModuleHistory>;
export type ReportRisk = Static<typeof Risk>;
export type ReportRiskFactor = Static<typeof RiskFactor>;
export type ReportOwners = Static<typeof Owners>;
export type ReportCodeowners = Static<typeof CodeownersFile>;
export type ReportTrendPoint = Static<typeof TrendPoint>;
export type ReportTrendAreas = Static<typeof TrendAreas>;
