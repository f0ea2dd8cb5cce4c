import type { SFCBlock, SFCDescriptor } from '@vue/compiler-sfc';
import { extensionOfLang, type ComponentSyntax, type ScriptBlock } from './model.js';

type Compiler = typeof import('@vue/compiler-sfc');
let compiler: Promise<Compiler> | undefined;

// @vue/compiler-core's NodeTypes.ELEMENT and ElementTypes.COMPONENT
const ELEMENT = 1;
const COMPONENT = 1;

interface TemplateNode {
  type: number;
  tag?: string;
  tagType?: number;
  children?: unknown[];
  branches?: unknown[];
}

/**
 * A Vue single-file component through @vue/compiler-sfc (loaded with the first one): `<script>`
 * (a module: its exports are the component module's) and `<script setup>` (its imports only),
 * each in its `lang`, a `<script src>`, and the template's component tags.
 */
export async function vueSyntax(path: string, text: string): Promise<ComponentSyntax> {
  const { parse } = await (compiler ??= import('@vue/compiler-sfc'));
  // no source map: only the blocks and their text are read
  const { descriptor, errors } = parse(text, { filename: path, sourceMap: false, ignoreEmpty: false });
  const blocks: ScriptBlock[] = [];
  const scriptSources: string[] = [];
  for (const [block, role] of [[descriptor.script, 'module'], [descriptor.scriptSetup, 'instance']] as const) {
    if (!block) continue;
    if (typeof block.src === 'string' && block.src.length > 0) scriptSources.push(block.src);
    else blocks.push({ text: block.content, line: block.loc.start.line, extension: extensionOfLang(langOf(block)), role });
  }
  const problems = errors.map((error) => {
    const loc = (error as { loc?: { start?: { line?: number } } }).loc;
    return { line: loc?.start?.line ?? 1, message: `${error.message} (Vue compiler)` };
  });
  return { blocks, scriptSources, templateTags: templateTags(descriptor), problems };
}

function langOf(block: SFCBlock): string | undefined {
  return typeof block.lang === 'string' ? block.lang : undefined;
}

/** The template's component tags, as written, each once, in order of first use. */
function templateTags(descriptor: SFCDescriptor): string[] {
  const root = descriptor.template?.ast as TemplateNode | undefined;
  if (!root) return [];
  const tags = new Set<string>();
  const stack: TemplateNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as TemplateNode;
    if (node.type === ELEMENT && node.tagType === COMPONENT && typeof node.tag === 'string') tags.add(node.tag);
    for (const list of [node.children, node.branches]) if (Array.isArray(list)) for (let i = list.length - 1; i >= 0; i -= 1) stack.push(list[i] as TemplateNode);
  }
  return [...tags];
}
