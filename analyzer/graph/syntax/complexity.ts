import type { ts as TS } from 'ts-morph';
import { ts } from './compiler.js';

// McCabe (1976) cyclomatic complexity: 1 + decision points, per function; decision points as
// counted by ESLint's `complexity` rule (branches, loops, catch, case, short-circuit operators).
const K = ts.SyntaxKind;

const DECISIONS = new Set<TS.SyntaxKind>([
  K.IfStatement, K.ConditionalExpression, K.ForStatement, K.ForInStatement, K.ForOfStatement,
  K.WhileStatement, K.DoStatement, K.CatchClause, K.CaseClause,
]);

const SHORT_CIRCUIT = new Set<TS.SyntaxKind>([
  K.AmpersandAmpersandToken, K.BarBarToken, K.QuestionQuestionToken,
  K.AmpersandAmpersandEqualsToken, K.BarBarEqualsToken, K.QuestionQuestionEqualsToken,
]);

const FUNCTION_LIKE = new Set<TS.SyntaxKind>([
  K.FunctionDeclaration, K.FunctionExpression, K.ArrowFunction, K.MethodDeclaration,
  K.Constructor, K.GetAccessor, K.SetAccessor, K.ClassStaticBlockDeclaration,
]);

export function isDecisionPoint(node: TS.Node): boolean {
  if (DECISIONS.has(node.kind)) return true;
  return node.kind === K.BinaryExpression && SHORT_CIRCUIT.has((node as TS.BinaryExpression).operatorToken.kind);
}

/** A function with a body starts its own McCabe count. */
export function startsFunction(node: TS.Node): boolean {
  if (!FUNCTION_LIKE.has(node.kind)) return false;
  return node.kind === K.ClassStaticBlockDeclaration || (node as TS.FunctionLikeDeclaration).body !== undefined;
}
