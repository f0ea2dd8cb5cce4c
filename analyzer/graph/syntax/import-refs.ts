import type { ts as TS } from 'ts-morph';
import { ts } from './compiler.js';
import type { ImportRef } from './model.js';

const K = ts.SyntaxKind;

/** The import-like reference a node makes, if any: every syntax the graph turns into an edge. */
export function importRefOf(node: TS.Node): ImportRef | null {
  switch (node.kind) {
    case K.ImportDeclaration:
      return fromImportDeclaration(node as TS.ImportDeclaration);
    case K.ExportDeclaration:
      return fromExportDeclaration(node as TS.ExportDeclaration);
    case K.ImportEqualsDeclaration:
      return fromImportEquals(node as TS.ImportEqualsDeclaration);
    case K.CallExpression:
      return fromCall(node as TS.CallExpression);
    case K.ImportType:
      return fromImportType(node as TS.ImportTypeNode);
    default:
      return null;
  }
}

function literalText(node: TS.Node | undefined): string | null {
  if (node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node))) return node.text;
  return null;
}

function fromImportDeclaration(node: TS.ImportDeclaration): ImportRef | null {
  const specifier = literalText(node.moduleSpecifier);
  if (specifier === null) return null;
  const clause = node.importClause;
  if (!clause) return { specifier, kind: 'import', typeOnly: false, dynamic: false, names: [] };
  const names: string[] = [];
  let allTypeOnly = clause.name === undefined;
  if (clause.name) names.push('default');
  const bindings = clause.namedBindings;
  if (bindings && ts.isNamespaceImport(bindings)) {
    names.push('*');
    allTypeOnly = false;
  } else if (bindings) {
    for (const element of bindings.elements) {
      names.push((element.propertyName ?? element.name).text);
      if (!element.isTypeOnly) allTypeOnly = false;
    }
    if (bindings.elements.length === 0) allTypeOnly = false;
  }
  const typeOnly = clause.isTypeOnly || allTypeOnly;
  return { specifier, kind: 'import', typeOnly, dynamic: false, names };
}

function fromExportDeclaration(node: TS.ExportDeclaration): ImportRef | null {
  const specifier = literalText(node.moduleSpecifier);
  if (specifier === null) return null;
  const clause = node.exportClause;
  let typeOnly = node.isTypeOnly;
  if (clause && ts.isNamedExports(clause) && clause.elements.length > 0) {
    typeOnly ||= clause.elements.every((element) => element.isTypeOnly);
  }
  // What a re-export makes available is recorded in ReExport; as a use it names nothing itself.
  return { specifier, kind: 'export', typeOnly, dynamic: false, names: [] };
}

function fromImportEquals(node: TS.ImportEqualsDeclaration): ImportRef | null {
  if (!ts.isExternalModuleReference(node.moduleReference)) return null;
  const specifier = literalText(node.moduleReference.expression);
  if (specifier === null) return null;
  return { specifier, kind: 'import-equals', typeOnly: node.isTypeOnly, dynamic: false, names: ['*'] };
}

function fromCall(node: TS.CallExpression): ImportRef | null {
  const [first] = node.arguments;
  if (node.expression.kind === K.ImportKeyword) {
    const specifier = literalText(first);
    return specifier === null ? null : { specifier, kind: 'dynamic-import', typeOnly: false, dynamic: true, names: ['*'] };
  }
  if (ts.isIdentifier(node.expression) && node.expression.text === 'require' && node.arguments.length === 1) {
    const specifier = literalText(first);
    return specifier === null ? null : { specifier, kind: 'require', typeOnly: false, dynamic: false, names: ['*'] };
  }
  return null;
}

function fromImportType(node: TS.ImportTypeNode): ImportRef | null {
  const argument = node.argument;
  if (!ts.isLiteralTypeNode(argument)) return null;
  const specifier = literalText(argument.literal);
  if (specifier === null) return null;
  const name = node.qualifier ? firstIdentifier(node.qualifier) : '*';
  return { specifier, kind: 'import-type', typeOnly: true, dynamic: false, names: [name] };
}

function firstIdentifier(name: TS.EntityName): string {
  let current: TS.EntityName = name;
  while (ts.isQualifiedName(current)) current = current.left;
  return current.text;
}
