import type { ts as TS } from 'ts-morph';
import { ts } from './compiler.js';
import { isDecisionPoint, startsFunction } from './complexity.js';
import { collectExports } from './exports.js';
import { importRefOf } from './import-refs.js';
import { countCodeLines } from './lines-of-code.js';
import type { ImportRef, ParsedModule, ParseProblem } from './model.js';

const SCRIPT_KINDS: Record<string, TS.ScriptKind> = {
  '.ts': ts.ScriptKind.TS, '.mts': ts.ScriptKind.TS, '.cts': ts.ScriptKind.TS, '.tsx': ts.ScriptKind.TSX,
  '.js': ts.ScriptKind.JS, '.mjs': ts.ScriptKind.JS, '.cjs': ts.ScriptKind.JS, '.jsx': ts.ScriptKind.JSX,
};

/**
 * One parse, one walk: imports, exports, size and complexity together, so no later stage reads
 * the file again. The walk is iterative because repository files can nest deeper than the stack.
 * Throws only when the compiler's own (recursive) parser overflows.
 */
export function parseModule(path: string, text: string, extension: string): ParsedModule {
  const sourceFile = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, false, SCRIPT_KINDS[extension] ?? ts.ScriptKind.TS);
  const imports: ImportRef[] = [];
  const comments: Array<[number, number]> = [];
  // Many nodes share a start or end position; scan the trivia at each position once.
  const triviaSeen = new Uint8Array(text.length + 1);
  const fnComplexity: number[] = [1];
  const nodes: TS.Node[] = [sourceFile];
  const fns: number[] = [0];
  const collectTrivia = (pos: number): void => {
    if (triviaSeen[pos] === 1) return;
    triviaSeen[pos] = 1;
    ts.forEachLeadingCommentRange(text, pos, (start, end) => {
      comments.push([start, end]);
    });
  };
  const pushChild = (child: TS.Node): void => {
    nodes.push(child);
  };
  while (nodes.length > 0) {
    const node = nodes.pop() as TS.Node;
    const fn = fns.pop() as number;
    collectTrivia(node.pos);
    collectTrivia(node.end);
    let childFn = fn;
    if (startsFunction(node)) childFn = fnComplexity.push(1) - 1;
    else if (isDecisionPoint(node)) fnComplexity[fn] = (fnComplexity[fn] ?? 1) + 1;
    const ref = importRefOf(node);
    if (ref) imports.push(ref);
    const first = nodes.length;
    ts.forEachChild(node, pushChild);
    // Reverse the children just pushed so they pop in source order.
    for (let i = first, j = nodes.length - 1; i < j; i += 1, j -= 1) [nodes[i], nodes[j]] = [nodes[j] as TS.Node, nodes[i] as TS.Node];
    for (let i = first; i < nodes.length; i += 1) fns.push(childFn);
  }
  const exportsFacts = collectExports(sourceFile);
  return {
    imports,
    ...exportsFacts,
    size: {
      loc: countCodeLines(text, comments),
      complexity: fnComplexity.reduce((sum, value) => sum + value, 0),
      maxFunctionComplexity: largestAfterFirst(fnComplexity),
      functions: fnComplexity.length - 1,
    },
    problems: parseProblems(sourceFile),
  };
}

function largestAfterFirst(values: number[]): number {
  let max = 0;
  for (let i = 1; i < values.length; i += 1) if ((values[i] as number) > max) max = values[i] as number;
  return max;
}

function parseProblems(sourceFile: TS.SourceFile): ParseProblem[] {
  const diagnostics = (sourceFile as unknown as { parseDiagnostics?: TS.DiagnosticWithLocation[] }).parseDiagnostics ?? [];
  return diagnostics.map((diagnostic) => ({
    line: sourceFile.getLineAndCharacterOfPosition(diagnostic.start).line + 1,
    message: ts.flattenDiagnosticMessageText(diagnostic.messageText, ' '),
  }));
}
