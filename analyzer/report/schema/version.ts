/** report.json's schemaVersion: bumped on any breaking change (its own module, so the analyzer can name it without loading the schema builder). */
export const SCHEMA_VERSION = 2 as const;

/** `blastmap diff`'s JSON (schema/comparison.ts) has a version of its own; here so the analyzer names it without loading the schema builder. */
export const COMPARISON_VERSION = 1 as const;
