import { Type, type Static } from '@sinclair/typebox';
import { ReviewConfigSchema } from './review-options-schema.js';

/**
 * The config file (`blastmap.config.json`) and the effective options share this schema, so a
 * bad key is reported by name and the report's `options` says exactly what ran. Where the output
 * goes is not a config key: a config committed in an analyzed repository must not choose where
 * blastmap writes (only --out does).
 */
const Weights = Type.Object(
  {
    blastRadius: Type.Number({ minimum: 0 }),
    centrality: Type.Number({ minimum: 0 }),
    noActiveAuthor: Type.Number({ minimum: 0 }),
    knowledgeLoss: Type.Number({ minimum: 0 }),
    aiShare: Type.Number({ minimum: 0 }),
    churn: Type.Number({ minimum: 0 }),
  },
  { additionalProperties: false },
);

/** How much the team's own ratings move an area's knowledge-loss factor (docs/scoring.md, "The team's own ratings"). */
const FamiliarityWeights = Type.Object(
  {
    fluent: Type.Number({ minimum: 0, maximum: 1, description: 'share of the knowledge loss taken off per active rater rating the area 1 (fluent), as a share of its active raters' }),
    reviewing: Type.Number({ minimum: 0, maximum: 1, description: 'share of the knowledge still held added to the loss per active rater rating the area 3 (reviewing), as a share of its active raters' }),
  },
  { additionalProperties: false },
);

export const ConfigSchema = Type.Object(
  {
    $schema: Type.Optional(Type.String()),
    since: Type.Optional(Type.String({ description: 'ISO date: start of the window for commit and churn figures' })),
    now: Type.Optional(Type.String({ description: 'ISO date taken as "now" (default: HEAD\'s commit date)' })),
    activityDays: Type.Optional(Type.Integer({ minimum: 1, description: 'an author is active when they committed within this many days before now' })),
    maxFileBytes: Type.Optional(Type.Integer({ minimum: 1, description: 'files larger than this are left out with a size-cap warning' })),
    exclude: Type.Optional(Type.Array(Type.String(), { description: 'globs of files to leave out (each named in warnings[])' })),
    testPatterns: Type.Optional(Type.Array(Type.String(), { description: 'globs that mark test code (kind "test"; replaces the defaults)' })),
    examplePatterns: Type.Optional(Type.Array(Type.String(), { description: 'globs that mark example code: examples, demos, playgrounds, docs sites (kind "example"; replaces the defaults)' })),
    toolingPatterns: Type.Optional(Type.Array(Type.String(), { description: 'globs that mark developer tooling: build and release scripts, benchmarks, generators (kind "tooling"; replaces the defaults)' })),
    mergeSameName: Type.Optional(Type.Boolean({ description: 'merge people who commit under the same full name from several addresses (default true)' })),
    betweennessExactUpTo: Type.Optional(Type.Integer({ minimum: 0, description: 'exact betweenness up to this many source modules, sampled above' })),
    betweennessSamples: Type.Optional(Type.Integer({ minimum: 1, description: 'pivots used when betweenness is sampled' })),
    top: Type.Optional(Type.Integer({ minimum: 1, description: 'how many risks report.md lists' })),
    anonymize: Type.Optional(Type.Boolean({ description: 'replace people\'s names and emails with stable pseudonyms' })),
    aiMarkers: Type.Optional(
      Type.Array(
        Type.Object(
          {
            tool: Type.String(),
            field: Type.Union([
              Type.Literal('name'), Type.Literal('email'), Type.Literal('trailer-key'),
              Type.Literal('subject'), Type.Literal('body-line'),
            ]),
            pattern: Type.String({ description: 'a regular expression, matched case-insensitively' }),
          },
          { additionalProperties: false },
        ),
        { description: 'extra AI-assistance markers, added to the built-in table' },
      ),
    ),
    declaredOwners: Type.Optional(
      Type.Record(Type.String({ minLength: 1 }), Type.Union([Type.String({ minLength: 1 }), Type.Array(Type.String({ minLength: 1 }))]), {
        description: 'who the owners named in CODEOWNERS are: "@login", "@org/team" or an email -> an author id, name or email, or a list of them (a team\'s members). A GitHub noreply address in the history gives its login without this',
      }),
    ),
    botPatterns: Type.Optional(Type.Array(Type.String(), { description: 'extra regular expressions on author name or email marking release/dependency bots' })),
    coupling: Type.Optional(
      Type.Object(
        {
          minTogether: Type.Optional(Type.Integer({ minimum: 1 })),
          minConfidence: Type.Optional(Type.Number({ minimum: 0, maximum: 1 })),
          maxFilesPerCommit: Type.Optional(Type.Integer({ minimum: 2 })),
        },
        { additionalProperties: false },
      ),
    ),
    score: Type.Optional(
      Type.Object(
        {
          weights: Type.Optional(Type.Partial(Weights)),
          familiarity: Type.Optional(Type.Partial(FamiliarityWeights)),
          levels: Type.Optional(
            Type.Object(
              { medium: Type.Number({ minimum: 0, maximum: 1 }), high: Type.Number({ minimum: 0, maximum: 1 }), critical: Type.Number({ minimum: 0, maximum: 1 }) },
              { additionalProperties: false },
            ),
          ),
        },
        { additionalProperties: false },
      ),
    ),
    review: Type.Optional(ReviewConfigSchema),
  },
  { additionalProperties: false },
);

export type ConfigFile = Static<typeof ConfigSchema>;
export type ScoreWeights = Static<typeof Weights>;
export type FamiliarityScoreWeights = Static<typeof FamiliarityWeights>;
