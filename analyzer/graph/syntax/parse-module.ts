import { ts } from 'ts-morph';
import { isDecisionPoint, startsFunction } from './complexity.js';
import { collectExports } from './exports.js';
import { importRefOf } from './import-refs.js';
import { countCodeLines } from './lines-of-code.js';
import type { ImportRef, ParsedModule, ParseProblem } from './model.js';

const SCRIPT_KINDS: Record<string, ts.ScriptKind> = {
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
  const triviaSeen = new Set<number>();
  const fnComplexity: number[] = [1];
  const stack: Array<{ node: ts.Node; fn: number }> = [{ node: sourceFile, fn: 0 }];
  const collectTrivia = (pos: number): void => {
    if (triviaSeen.has(pos)) return;
    triviaSeen.add(pos);
    ts.forEachLeadingCommentRange(text, pos, (start, end) => {
      comments.push([start, end]);
    });
  };
  while (stack.length > 0) {
    const { node, fn } = stack.pop() as { node: ts.Node; fn: number };
    collectTrivia(node.pos);
    collectTrivia(node.end);
    let childFn = fn;
    if (startsFunction(node)) childFn = fnComplexity.push(1) - 1;
    else if (isDecisionPoint(node)) fnComplexity[fn] = (fnComplexity[fn] ?? 1) + 1;
    const ref = importRefOf(node);
    if (ref) imports.push(ref);
    const children: ts.Node[] = [];
    ts.forEachChild(node, (child) => {
      children.push(child);
    });
    for (let i = children.length - 1; i >= 0; i -= 1) stack.push({ node: children[i] as ts.Node, fn: childFn });
  }
  const exportsFacts = collectExports(sourceFile);
  return {
    imports,
    ...exportsFacts,
    size: {
      loc: countCodeLines(text, comments),
      complexity: fnComplexity.reduce((sum, value) => sum + value, 0),
      maxFunctionComplexity: Math.max(...fnComplexity.slice(1), 0),
      functions: fnComplexity.length - 1,
    },
    problems: parseProblems(sourceFile),
  };
}

function parseProblems(sourceFile: ts.SourceFile): ParseProblem[] {
  const diagnostics = (sourceFile as unknown as { parseDiagnostics?: ts.DiagnosticWithLocation[] }).parseDiagnostics ?? [];
  return diagnostics.map((diagnostic) => ({
    line: sourceFile.getLineAndCharacterOfPosition(diagnostic.start).line + 1,
    message: ts.flattenDiagnosticMessageText(diagnostic.messageText, ' '),
  }));
}
