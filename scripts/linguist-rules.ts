/**
 * Writes analyzer/graph/linguist/data.ts, blastmap's copy of GitHub Linguist's path rules, from a
 * clone of github-linguist/linguist: every rule of lib/linguist/vendor.yml and documentation.yml,
 * and the file-name rules of lib/linguist/generated.rb that can name a TS/JS file. The copy names
 * the commit it came from and carries Linguist's MIT licence. No npm package ships these rules as
 * data (docs/graph.md, "Linguist's rules"), so this script is how they are brought up to date:
 *
 *   node --import tsx scripts/linguist-rules.ts <linguist clone> [--check]
 *
 * `--check` fails when the committed file differs from what the clone gives, instead of writing.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gitOk } from '../analyzer/core/git.js';
import { rubyToJs } from '../analyzer/graph/linguist/ruby-regexp.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const DATA_FILE = 'analyzer/graph/linguist/data.ts';

export interface ImportedRule {
  pattern: string;
  /** the comment above it in the YAML file, or the generated.rb method it comes from */
  label: string;
}

/**
 * generated.rb methods that decide by the file's name alone and can name a TS/JS file. Its
 * content checks are code, not data: analyzer/graph/linguist/generated-content.ts follows them.
 */
export const GENERATED_BY_NAME = [
  'intellij_file?', 'cocoapods?', 'carthage_build?', 'generated_graphql_relay?', 'node_modules?',
  'go_vendor?', 'godeps?', 'generated_yarn_plugnplay?', 'htmlcov?',
] as const;

/** Name-only methods left out: each names a lock file or another language's file, never a TS/JS module. */
export const GENERATED_BY_NAME_LEFT_OUT = [
  'generated_net_designer_file?', 'generated_net_specflow_feature_file?', 'composer_lock?', 'cargo_lock?',
  'cargo_orig?', 'deno_lock?', 'flake_lock?', 'bazel_lock?', 'go_lock?', 'package_resolved?', 'poetry_lock?',
  'pdm_lock?', 'uv_lock?', 'pixi_lock?', 'esy_lock?', 'npm_shrinkwrap_or_package_lock?', 'pnpm_lock?',
  'bun_lock?', 'terraform_lock?', 'generated_by_zephir?', 'pipenv_lock?', 'gradle_wrapper?',
  'maven_wrapper?', 'mise_lock?', 'secrets_baseline?', 'julia_manifest?', 'generated_pascal_tlb?',
  'generated_sqlx_query?',
] as const;

/**
 * The rules of a Linguist YAML list (`- <regexp>` lines), each labelled with the comment heading
 * it (`# jQuery`, `## Documentation files ##`; `###` notes are not headings). Linguist's lists are
 * plain scalars; anything a line-based reading could misread fails here instead of being copied.
 */
export function parseRuleList(yaml: string, file: string): ImportedRule[] {
  const rules: ImportedRule[] = [];
  let label = '';
  for (const [index, raw] of yaml.split('\n').entries()) {
    const line = raw.trimEnd();
    const heading = /^#{1,2}(?!#)\s*(.*?)\s*#*$/.exec(line);
    if (heading) {
      label = heading[1] ?? '';
      continue;
    }
    if (line === '' || line.startsWith('#')) continue;
    if (!line.startsWith('- ')) throw new Error(`${file}:${index + 1}: not a list item: ${line}`);
    const pattern = line.slice(2).trim();
    if (/^["'[{&*!|>%@`]/.test(pattern) || / #|: /.test(pattern)) throw new Error(`${file}:${index + 1}: not a plain YAML scalar, read it with a YAML parser: ${pattern}`);
    checkPattern(pattern, `${file}:${index + 1}`);
    rules.push({ pattern, label });
  }
  return rules;
}

/** The regexps of the named name-only methods of generated.rb (`!!name.match(/…/)` and nothing else). */
export function parseGeneratedNameRules(ruby: string, methods: readonly string[]): ImportedRule[] {
  const bodies = new Map<string, string>();
  for (const match of ruby.matchAll(/^\s*def (\w+\?)\s*\n([\s\S]*?)^\s*end\b/gm)) bodies.set(match[1] as string, (match[2] as string).trim());
  return methods.map((method) => {
    const body = bodies.get(method);
    if (body === undefined) throw new Error(`generated.rb has no method ${method}`);
    const only = /^!!name\.match\(\/((?:\\.|[^/\\])*)\/\)$/.exec(body);
    if (!only) throw new Error(`generated.rb ${method} no longer decides by one name regexp: ${body}`);
    const pattern = only[1] as string;
    checkPattern(pattern, `generated.rb ${method}`);
    return { pattern, label: method };
  });
}

/** Name-only methods generated.rb has that neither list above names: a newer Linguist added them. */
export function unlistedNameMethods(ruby: string): string[] {
  const known = new Set<string>([...GENERATED_BY_NAME, ...GENERATED_BY_NAME_LEFT_OUT]);
  const found = [...ruby.matchAll(/^\s*def (\w+\?)\s*\n\s*!!name\.match\(/gm)].map((m) => m[1] as string);
  return found.filter((method) => !known.has(method));
}

/** A rule blastmap could not read as Ruby does fails the import (ruby-regexp.ts says which constructs). */
function checkPattern(pattern: string, where: string): void {
  try {
    new RegExp(rubyToJs(pattern));
  } catch (error) {
    throw new Error(`${where}: ${(error as Error).message}`);
  }
}

export interface LinguistCheckout {
  commit: string;
  describe: string;
  date: string;
  licence: string;
  vendor: string;
  documentation: string;
  generated: string;
}

async function readCheckout(dir: string): Promise<LinguistCheckout> {
  const text = async (args: string[]): Promise<string> => (await gitOk(dir, args)).toString('utf8');
  const show = (path: string): Promise<string> => text(['show', `HEAD:${path}`]);
  return {
    commit: (await text(['rev-parse', 'HEAD'])).trim(),
    describe: (await text(['describe', '--tags', '--always', 'HEAD'])).trim(),
    date: (await text(['log', '-1', '--format=%cs', 'HEAD'])).trim(),
    licence: await show('LICENSE'),
    vendor: await show('lib/linguist/vendor.yml'),
    documentation: await show('lib/linguist/documentation.yml'),
    generated: await show('lib/linguist/generated.rb'),
  };
}

export function dataFileText(source: LinguistCheckout): string {
  const list = (name: string, rules: ImportedRule[]): string =>
    `export const ${name}: readonly LinguistRule[] = [\n${rules.map((r) => `  { pattern: ${JSON.stringify(r.pattern)}, label: ${JSON.stringify(r.label)} },\n`).join('')}];\n`;
  const licence = source.licence.trim().split('\n').map((l) => ` *   ${l}`.trimEnd()).join('\n');
  return [
    '// Written by scripts/linguist-rules.ts from a clone of github-linguist/linguist; do not edit by hand.',
    '/**',
    ' * GitHub Linguist\'s path rules, copied verbatim: lib/linguist/vendor.yml, lib/linguist/documentation.yml,',
    ' * and the name-only rules of lib/linguist/generated.rb that can name a TS/JS file.',
    ` * From github.com/github-linguist/linguist at ${source.commit} (${source.describe}, ${source.date}).`,
    ' * Linguist\'s licence:',
    ' *',
    licence,
    ' */',
    '',
    'export interface LinguistRule {',
    '  /** a Ruby regexp over the whole path, as Linguist writes it */',
    '  pattern: string;',
    '  /** the comment above it in Linguist\'s file, or the generated.rb method it comes from */',
    '  label: string;',
    '}',
    '',
    `export const LINGUIST_SOURCE = ${JSON.stringify({ repository: 'github-linguist/linguist', commit: source.commit, describe: source.describe, date: source.date })} as const;`,
    '',
    list('VENDOR_RULES', parseRuleList(source.vendor, 'vendor.yml')),
    list('DOCUMENTATION_RULES', parseRuleList(source.documentation, 'documentation.yml')),
    list('GENERATED_NAME_RULES', parseGeneratedNameRules(source.generated, GENERATED_BY_NAME)),
  ].join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const clone = process.argv.slice(2).find((arg) => !arg.startsWith('--'));
  if (clone === undefined) {
    process.stderr.write('usage: node --import tsx scripts/linguist-rules.ts <linguist clone> [--check]\n');
    process.exit(2);
  }
  const source = await readCheckout(clone);
  for (const method of unlistedNameMethods(source.generated)) process.stderr.write(`generated.rb has a new name-only rule, ${method}: add it to GENERATED_BY_NAME or GENERATED_BY_NAME_LEFT_OUT\n`);
  const text = dataFileText(source);
  const path = join(root, DATA_FILE);
  if (process.argv.includes('--check')) {
    const current = readFileSync(path, 'utf8');
    if (current !== text) {
      process.stderr.write(`${DATA_FILE} differs from ${source.describe}: run without --check to bring it up to date\n`);
      process.exitCode = 1;
    }
  } else writeFileSync(path, text);
}
