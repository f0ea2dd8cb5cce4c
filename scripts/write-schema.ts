/**
 * Writes the JSON Schemas from their one TypeBox source: schema/report.schema.json (the report
 * contract) and schema/config.schema.json (blastmap.config.json). `--check` fails when the
 * committed files differ from the source instead of writing them.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigSchema } from '../analyzer/core/options-schema.js';
import { ReportSchema } from '../analyzer/report/schema/index.js';
import { ComparisonSchema } from '../analyzer/report/schema/comparison.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export function schemaFiles(): Record<string, string> {
  const json = (schema: object, id: string): string =>
    `${JSON.stringify({ $schema: 'http://json-schema.org/draft-07/schema#', ...schema, $id: id }, null, 2)}\n`;
  return {
    'schema/report.schema.json': json(ReportSchema, 'https://blastmap.dev/schema/report-v1.json'),
    'schema/config.schema.json': json(ConfigSchema, 'https://blastmap.dev/schema/config-v1.json'),
    'schema/comparison.schema.json': json(ComparisonSchema, 'https://blastmap.dev/schema/comparison-v1.json'),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const [relative, text] of Object.entries(schemaFiles())) {
    const path = join(root, relative);
    if (check) {
      let current = '';
      try {
        current = readFileSync(path, 'utf8');
      } catch {
        // missing counts as stale
      }
      if (current !== text) {
        process.stderr.write(`${relative} is out of date: run npm run build:schema\n`);
        stale += 1;
      }
    } else {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text);
    }
  }
  process.exitCode = stale > 0 ? 1 : 0;
}
