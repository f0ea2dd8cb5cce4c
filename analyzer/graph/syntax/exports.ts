import type { ts as TS } from 'ts-morph';
import { ts } from './compiler.js';
import type { ReExport } from './model.js';

const K = ts.SyntaxKind;

export interface ExportFacts {
  localExports: string[];
  reexports: ReExport[];
  definesCode: boolean;
}

interface ImportedBinding {
  specifier: string;
  imported: string;
}

/**
 * What a module makes available, from its top-level statements: names it defines, names it passes
 * on from elsewhere (including `import { a } from './a'; export { a }`), and whether it is only a
 * barrel. Barrel-aware blast radius follows these chains to where a symbol is really defined.
 */
export function collectExports(sourceFile: TS.SourceFile): ExportFacts {
  const bindings = importedBindings(sourceFile);
  const local = new Set<string>();
  const reexports: ReExport[] = [];
  let definesCode = false;
  for (const statement of sourceFile.statements) {
    if (ts.isImportDeclaration(statement) || statement.kind === K.EmptyStatement) continue;
    if (ts.isImportEqualsDeclaration(statement) && ts.isExternalModuleReference(statement.moduleReference)) continue;
    if (ts.isExportDeclaration(statement)) {
      collectExportDeclaration(statement, bindings, local, reexports);
      continue;
    }
    if (ts.isExportAssignment(statement)) {
      const binding = ts.isIdentifier(statement.expression) ? bindings.get(statement.expression.text) : undefined;
      if (binding) reexports.push({ ...binding, exported: 'default' });
      else {
        local.add('default');
        definesCode = true;
      }
      continue;
    }
    definesCode = true;
    for (const name of exportedDeclarationNames(statement)) local.add(name);
  }
  return { localExports: [...local], reexports, definesCode };
}

function collectExportDeclaration(
  statement: TS.ExportDeclaration,
  bindings: Map<string, ImportedBinding>,
  local: Set<string>,
  reexports: ReExport[],
): void {
  const specifier = statement.moduleSpecifier && ts.isStringLiteral(statement.moduleSpecifier) ? statement.moduleSpecifier.text : null;
  const clause = statement.exportClause;
  if (specifier !== null) {
    if (!clause) reexports.push({ specifier, imported: '*', exported: '*' });
    else if (ts.isNamespaceExport(clause)) reexports.push({ specifier, imported: '*', exported: clause.name.text });
    else for (const el of clause.elements) reexports.push({ specifier, imported: (el.propertyName ?? el.name).text, exported: el.name.text });
    return;
  }
  if (!clause || !ts.isNamedExports(clause)) return;
  for (const el of clause.elements) {
    const binding = bindings.get((el.propertyName ?? el.name).text);
    if (binding) reexports.push({ ...binding, exported: el.name.text });
    else local.add(el.name.text);
  }
}

function importedBindings(sourceFile: TS.SourceFile): Map<string, ImportedBinding> {
  const bindings = new Map<string, ImportedBinding>();
  for (const statement of sourceFile.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    const specifier = statement.moduleSpecifier.text;
    const clause = statement.importClause;
    if (!clause) continue;
    if (clause.name) bindings.set(clause.name.text, { specifier, imported: 'default' });
    const named = clause.namedBindings;
    if (named && ts.isNamespaceImport(named)) bindings.set(named.name.text, { specifier, imported: '*' });
    else if (named) for (const el of named.elements) bindings.set(el.name.text, { specifier, imported: (el.propertyName ?? el.name).text });
  }
  return bindings;
}

function exportedDeclarationNames(statement: TS.Statement): string[] {
  const modifiers = ts.canHaveModifiers(statement) ? ts.getModifiers(statement) : undefined;
  if (!modifiers?.some((m) => m.kind === K.ExportKeyword)) return [];
  if (modifiers.some((m) => m.kind === K.DefaultKeyword)) return ['default'];
  if (ts.isVariableStatement(statement)) return statement.declarationList.declarations.flatMap((d) => bindingNames(d.name));
  const name = (statement as TS.DeclarationStatement).name;
  return name && (ts.isIdentifier(name) || ts.isStringLiteral(name)) ? [name.text] : [];
}

function bindingNames(name: TS.BindingName): string[] {
  if (ts.isIdentifier(name)) return [name.text];
  return name.elements.flatMap((element) => (ts.isOmittedExpression(element) ? [] : bindingNames(element.name)));
}
