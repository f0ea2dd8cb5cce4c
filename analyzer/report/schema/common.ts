import { Type, type TSchema } from '@sinclair/typebox';

/** A value that could not be computed is `null`, never NaN or Infinity (report contract). */
export const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

export const IsoDate = Type.String({ format: 'date-time', description: 'ISO 8601 date-time' });
export const RepoPath = Type.String({ description: 'repo-relative POSIX path, exactly as git lists it' });
export const Ratio = Type.Number({ minimum: 0, maximum: 1 });
export const Count = Type.Integer({ minimum: 0 });

export const RiskLevel = Type.Union(
  [Type.Literal('low'), Type.Literal('medium'), Type.Literal('high'), Type.Literal('critical')],
  { description: 'score bucket, thresholds from options.score.levels' },
);

export const RiskFactor = Type.Object({
  name: Type.String(),
  value: Type.Number({ description: 'the factor normalised to 0..1 (a percentile or a share)' }),
  weight: Type.Number({ minimum: 0 }),
  contribution: Type.Number({ description: 'this factor\'s share of risk.score; contributions add up to the score' }),
  detail: Type.Optional(Type.String({ description: 'the raw figure behind value, in words' })),
});

export const Risk = Type.Object({
  score: Nullable(Type.Number({ minimum: 0, maximum: 1, description: 'explanatory risk, 0..1; null without git history, where ignorance cannot be known (structure only)' })),
  level: Nullable(RiskLevel),
  factors: Type.Array(RiskFactor, { description: 'empty when score is null' }),
  explanation: Type.String({ description: 'one plain sentence built from the real figures' }),
});

export const Warning = Type.Object({
  code: Type.String({ description: 'machine-readable reason, e.g. size-cap, binary, parse-error, unresolved-import' }),
  path: Type.Optional(RepoPath),
  message: Type.String(),
});
