import { Type, type Static, type TSchema } from '@sinclair/typebox';
import { Count, IsoDate, Nullable, Ratio, RepoPath, RiskLevel } from './common.js';
import { COMPARISON_VERSION } from './version.js';

export { COMPARISON_VERSION } from './version.js';

/**
 * What changed between two reports of one repository: `blastmap diff --format json` prints it, and
 * `analyze --baseline` writes it into report.json as `sinceBaseline` (docs/diff.md). Not part of the
 * report contract; versioned on its own by `comparisonVersion`.
 */

const Side = Type.Object({
  root: Type.String({ description: "repo.root: the analyzed directory's name" }),
  head: Nullable(Type.String()),
  now: IsoDate,
  schemaVersion: Type.Integer({ minimum: 1, description: 'the schema version the report was written with (1 is read as 2)' }),
  toolVersion: Type.String(),
  anonymized: Type.Boolean(),
  thresholds: Nullable(Type.Object({ medium: Type.Number(), high: Type.Number(), critical: Type.Number() }, { description: 'options.score.levels: where each level starts' })),
});

const FactorMove = Type.Object({
  name: Type.String({ description: 'risk.factors[].name' }),
  share: Type.Number({ description: "the factor's part of (new score − old score): the Shapley value of the change (docs/diff.md), or where that cannot be rebuilt the change of its contribution" }),
  method: Type.Union([Type.Literal('shapley-of-change'), Type.Literal('contribution-change')]),
  valueThen: Nullable(Type.Number({ description: 'the factor value (0..1) in the old report; null when absent' })),
  valueNow: Nullable(Type.Number()),
  detailThen: Nullable(Type.String()),
  detailNow: Nullable(Type.String()),
}, { description: 'the factor that accounts for most of the score change, in the direction the score moved' });

const LevelChange = Type.Object({
  path: RepoPath,
  levelThen: Nullable(RiskLevel),
  levelNow: Nullable(RiskLevel),
  scoreThen: Nullable(Type.Number()),
  scoreNow: Nullable(Type.Number()),
  moved: Nullable(FactorMove),
});

const Hub = Type.Object({
  path: RepoPath,
  dependentsThen: Nullable(Count),
  dependentsNow: Nullable(Count),
}, { description: 'dependents: transitive source dependents as the score counts them (symbol users for a barrel); null where the module is not in that report' });

const Person = Type.Object({
  id: Type.String({ description: 'authors[].id (a pseudonym in anonymized reports)' }),
  name: Type.String(),
  lastCommit: Nullable(IsoDate),
  filesAuthoredThen: Count,
  inNewReport: Type.Boolean({ description: 'false when the new report does not list the person at all (no commit in its window)' }),
});

const Figure = <T extends TSchema>(value: T) => Type.Object({ then: value, now: value });

const COMPARISON_FIELDS = {
  comparisonVersion: Type.Literal(COMPARISON_VERSION),
  old: Side,
  new: Side,
  notes: Type.Array(Type.String(), { description: 'what makes the comparison less than like for like (different repositories, settings, anonymization, no history)' }),
  summary: Type.Object({
    modules: Figure(Nullable(Count)),
    sourceModules: Figure(Nullable(Count)),
    truckFactor: Figure(Nullable(Count)),
    aiCommitRatio: Figure(Nullable(Ratio)),
    activeAuthors: Figure(Nullable(Count)),
    levels: Type.Object({
      then: Nullable(Type.Object({ low: Count, medium: Count, high: Count, critical: Count })),
      now: Nullable(Type.Object({ low: Count, medium: Count, high: Count, critical: Count })),
    }),
  }),
  levelsComparable: Type.Boolean({ description: 'false when either report has no git history (no risk levels): the level lists are then empty' }),
  modules: Type.Object({
    added: Type.Array(RepoPath),
    removed: Type.Array(RepoPath),
    levelChanges: Type.Array(LevelChange, { description: 'modules in both reports whose risk level differs, worst new level first' }),
    scoreChanges: Type.Array(Type.Object({ path: RepoPath, then: Nullable(Type.Number()), now: Nullable(Type.Number()) }), {
      description: 'every module of the new report whose risk score differs from the old one (then null: the module is new), by path',
    }),
  }),
  areas: Type.Object({
    added: Type.Array(RepoPath),
    removed: Type.Array(RepoPath),
    levelChanges: Type.Array(LevelChange),
  }),
  hubRule: Type.String({ description: 'what counts as a hub, in words' }),
  hubs: Type.Object({ appeared: Type.Array(Hub), vanished: Type.Array(Hub) }, { description: 'most dependents first (now for appeared, then for vanished), then by path' }),
  authors: Type.Object({
    comparable: Type.Boolean({ description: 'false when exactly one report is anonymized: ids cannot be matched' }),
    left: Type.Array(Person, { description: 'humans active in the old report and not active in the new one' }),
    arrived: Type.Array(Person, { description: 'humans active in the new report and not in the old one (filesAuthoredThen is 0 when absent then)' }),
  }),
};

/** `blastmap diff --format json`, schema/comparison.schema.json. */
export const ComparisonSchema = Type.Object(COMPARISON_FIELDS, { $id: 'https://blastmap.dev/schema/comparison-v1.json', title: 'blastmap comparison of two reports', additionalProperties: false });

/** The same shape inside report.json (`sinceBaseline`), without an $id of its own. */
export const SinceBaseline = Type.Object(COMPARISON_FIELDS, {
  additionalProperties: false,
  description: 'written by `analyze --baseline <old report.json>`: this report compared with that one (docs/diff.md); absent without --baseline',
});

export type ReportComparison = Static<typeof ComparisonSchema>;
export type LevelChangeEntry = Static<typeof LevelChange>;
export type HubEntry = Static<typeof Hub>;
export type PersonEntry = Static<typeof Person>;
export type FactorMoveEntry = Static<typeof FactorMove>;
