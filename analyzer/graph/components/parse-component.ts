import type { ParseOutcome } from '../parse-outcome.js';
import type { ComponentExtension } from '../source-extensions.js';
import type { ImportRef, ParsedModule, ParseProblem, ReExport } from '../syntax/model.js';
import { scanImports } from '../syntax/parse-fallback.js';
import { parseModule } from '../syntax/parse-module.js';
import type { ComponentSyntax, ScriptBlock } from './model.js';
import { scanScriptBlocks } from './scan-blocks.js';
import { unboundTags } from './script-bindings.js';

/**
 * A component as a module: its framework's compiler finds the script blocks, the one TypeScript
 * parser reads each (imports, exports, lines of code, complexity), and the results add up. Lines
 * of code and complexity count the script blocks only (not the template or the styles). The
 * component's default export is the component itself. A file the compiler rejects stays a
 * module: its problems become parse errors, and its script blocks are found by a plain scan.
 */
export async function parseComponent(path: string, text: string, extension: ComponentExtension): Promise<ParseOutcome> {
  let syntax: ComponentSyntax;
  try {
    syntax = await compilerSyntax(path, text, extension);
  } catch (error) {
    syntax = { blocks: scanScriptBlocks(text, extension), scriptSources: [], templateTags: [], problems: [await problemOf(error, extension)] };
  }
  // a compiler that recovers may drop or empty a block it could not close: the scan keeps its imports
  if (syntax.problems.length > 0) {
    const scanned = scanScriptBlocks(text, extension);
    if (scriptLength(scanned) > scriptLength(syntax.blocks)) syntax = { ...syntax, blocks: scanned };
  }
  return { module: combine(syntax), crash: null };
}

const scriptLength = (blocks: readonly ScriptBlock[]): number => blocks.reduce((sum, block) => sum + block.text.trim().length, 0);

async function compilerSyntax(path: string, text: string, extension: ComponentExtension): Promise<ComponentSyntax> {
  if (extension === '.vue') return (await import('./vue.js')).vueSyntax(path, text);
  if (extension === '.svelte') return (await import('./svelte.js')).svelteSyntax(path, text);
  return (await import('./astro.js')).astroSyntax(path, text);
}

async function problemOf(error: unknown, extension: ComponentExtension): Promise<ParseProblem> {
  if (extension === '.svelte') return (await import('./svelte.js')).svelteProblem(error);
  const message = ((error as Error).message ?? String(error)).split('\n')[0] ?? '';
  return { line: 1, message: `the ${extension === '.vue' ? 'Vue' : 'Astro'} compiler gave up: ${message}` };
}

function combine(syntax: ComponentSyntax): ParsedModule {
  const imports: ImportRef[] = [];
  const reexports: ReExport[] = [];
  const localExports = new Set<string>(['default']);
  const problems: ParseProblem[] = [...syntax.problems];
  const size = { loc: 0, complexity: 0, maxFunctionComplexity: 0, functions: 0 };
  for (const src of syntax.scriptSources) if (src.startsWith('./') || src.startsWith('../')) imports.push({ specifier: src, kind: 'import', typeOnly: false, dynamic: false, names: ['*'] });
  for (const block of syntax.blocks) {
    const parsed = parseBlock(block);
    imports.push(...parsed.imports);
    if (block.role === 'module') {
      reexports.push(...parsed.reexports);
      for (const name of parsed.localExports) localExports.add(name);
    }
    for (const problem of parsed.problems) problems.push({ line: problem.line + block.line - 1, message: problem.message });
    size.loc += parsed.size.loc;
    size.complexity += parsed.size.complexity;
    size.functions += parsed.size.functions;
    size.maxFunctionComplexity = Math.max(size.maxFunctionComplexity, parsed.size.maxFunctionComplexity);
  }
  problems.sort((a, b) => a.line - b.line);
  const module: ParsedModule = { imports, reexports, localExports: [...localExports], definesCode: true, size, problems };
  const tags = syntax.templateTags.length > 0 ? unboundTags(syntax.templateTags, syntax.blocks) : [];
  if (tags.length > 0) module.templateTags = tags;
  return module;
}

/** One block through the TS parser; a block too deep for its recursive parser keeps the imports a scan finds. */
function parseBlock(block: ScriptBlock): ParsedModule {
  try {
    return parseModule(`block${block.extension}`, block.text, block.extension);
  } catch (error) {
    const problems = [{ line: 1, message: `the parser gave up (${(error as Error).message}); imports were found by scanning instead` }];
    return { imports: safeScan(block.text), reexports: [], localExports: [], definesCode: true, size: { loc: 0, complexity: 0, maxFunctionComplexity: 0, functions: 0 }, problems };
  }
}

function safeScan(text: string): ImportRef[] {
  try {
    return scanImports(text);
  } catch {
    return [];
  }
}
