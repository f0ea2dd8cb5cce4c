import { extensionOfLang, lineAt, type ComponentSyntax, type ScriptBlock } from './model.js';

type Compiler = typeof import('svelte/compiler');
let compiler: Promise<Compiler> | undefined;

interface ScriptNode {
  content: { start: number; end: number };
  attributes: Array<{ name: string; value: unknown }>;
}

/**
 * A Svelte component through svelte/compiler's parser (loaded with the first one): the module
 * script (`<script module>`, Svelte 4's `context="module"`), whose exports are the component
 * module's, and the instance script (runes included), whose `export let` are props.
 */
export async function svelteSyntax(path: string, text: string): Promise<ComponentSyntax> {
  const { parse } = await (compiler ??= import('svelte/compiler'));
  const ast = parse(text, { filename: path, modern: true }) as unknown as { module: ScriptNode | null; instance: ScriptNode | null };
  const blocks: ScriptBlock[] = [];
  for (const [node, role] of [[ast.module, 'module'], [ast.instance, 'instance']] as const) {
    if (!node) continue;
    const { start, end } = node.content;
    blocks.push({ text: text.slice(start, end), line: lineAt(text, start), extension: extensionOfLang(attributeText(node, 'lang')), role });
  }
  return { blocks, scriptSources: [], templateTags: [], problems: [] };
}

/** The text of a static attribute (`lang="ts"`), else undefined. */
function attributeText(node: ScriptNode, name: string): string | undefined {
  const value = node.attributes.find((a) => a.name === name)?.value;
  const parts = Array.isArray(value) ? value : value && typeof value === 'object' ? [value] : [];
  const texts = parts.map((part) => (part as { data?: unknown }).data).filter((data): data is string => typeof data === 'string');
  return texts.length > 0 ? texts.join('') : undefined;
}

/** The line and message of what svelte/compiler threw. */
export function svelteProblem(error: unknown): { line: number; message: string } {
  const e = error as { start?: { line?: number }; message?: string };
  return { line: e.start?.line ?? 1, message: `${firstLine(e.message ?? String(error))} (Svelte compiler)` };
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}
