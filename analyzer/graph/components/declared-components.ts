import type { ts as TS } from 'ts-morph';
import { ts } from '../syntax/compiler.js';

/**
 * The components a declaration file maps by name, as unplugin-vue-components writes it:
 * `declare module 'vue' { export interface GlobalComponents { Foo: typeof import('./Foo.vue')['default'] } }`
 * (any `GlobalComponents` interface, so Vue 2.7's `@vue/runtime-core` form too). Gives
 * [name, specifier as written] pairs, in order.
 */
export function declaredComponents(text: string): Array<[string, string]> {
  const file = ts.createSourceFile('components.d.ts', text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const found: Array<[string, string]> = [];
  const nodes: TS.Node[] = [file];
  while (nodes.length > 0) {
    const node = nodes.pop() as TS.Node;
    if (ts.isInterfaceDeclaration(node) && node.name.text === 'GlobalComponents') {
      for (const member of node.members) {
        if (!ts.isPropertySignature(member) || !member.type) continue;
        const name = ts.isIdentifier(member.name) || ts.isStringLiteral(member.name) ? member.name.text : null;
        const specifier = importedSpecifier(member.type);
        if (name !== null && specifier !== null) found.push([name, specifier]);
      }
      continue;
    }
    ts.forEachChild(node, (child) => {
      nodes.push(child);
    });
  }
  return found;
}

/** The specifier of the first `import('…')` type inside a type. */
function importedSpecifier(type: TS.TypeNode): string | null {
  const nodes: TS.Node[] = [type];
  while (nodes.length > 0) {
    const node = nodes.pop() as TS.Node;
    if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) return node.argument.literal.text;
    ts.forEachChild(node, (child) => {
      nodes.push(child);
    });
  }
  return null;
}
