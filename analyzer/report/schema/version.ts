/** report.json's schemaVersion: bumped on any breaking change (its own module, so the analyzer can name it without loading the schema builder). */
export const SCHEMA_VERSION = 2 as const;
