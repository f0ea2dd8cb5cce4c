import { type ComponentSyntax, type ScriptBlock } from './model.js';

type Compiler = typeof import('@astrojs/compiler');
let compiler: Promise<Compiler> | undefined;

interface AstroNode {
  type: string;
  name?: string;
  value?: string;
  position?: { start: { line: number } };
  attributes?: Array<{ name: string; value: string; kind: string }>;
  children?: AstroNode[];
}

/** Attributes that leave a `<script>` one that Astro processes and bundles (any other makes it inline). */
const PROCESSED = new Set(['src', 'lang', 'type']);

/**
 * An Astro component through @astrojs/compiler (WebAssembly, loaded with the first one): the
 * frontmatter is its module script (TypeScript; `getStaticPaths`, `prerender` are its exports),
 * and each `<script>` Astro processes (no attributes but `src`, `lang`, `type="module"`) is
 * bundled client code: its imports are the component's dependencies too.
 */
export async function astroSyntax(_path: string, text: string): Promise<ComponentSyntax> {
  const { parse } = await (compiler ??= import('@astrojs/compiler'));
  const { ast, diagnostics } = await parse(text, { position: true });
  const blocks: ScriptBlock[] = [];
  const scriptSources: string[] = [];
  const stack: AstroNode[] = [ast as unknown as AstroNode];
  while (stack.length > 0) {
    const node = stack.pop() as AstroNode;
    if (node.type === 'frontmatter' && typeof node.value === 'string') {
      blocks.push({ text: node.value, line: node.position?.start.line ?? 1, extension: '.ts', role: 'module' });
    } else if (node.type === 'element' && node.name === 'script' && isProcessed(node)) {
      const src = node.attributes?.find((a) => a.name === 'src' && a.kind === 'quoted')?.value;
      if (src) scriptSources.push(src);
      const body = node.children?.find((c) => c.type === 'text' && typeof c.value === 'string');
      if (body?.value) blocks.push({ text: body.value, line: body.position?.start.line ?? node.position?.start.line ?? 1, extension: '.ts', role: 'instance' });
      continue;
    }
    const children = node.children ?? [];
    for (let i = children.length - 1; i >= 0; i -= 1) stack.push(children[i] as AstroNode);
  }
  blocks.sort((a, b) => a.line - b.line);
  const problems = diagnostics
    .filter((d) => d.severity === 1)
    .map((d) => ({ line: d.location?.line ?? 1, message: `${d.text} (Astro compiler)` }));
  return { blocks, scriptSources, templateTags: [], problems };
}

function isProcessed(node: AstroNode): boolean {
  for (const attribute of node.attributes ?? []) {
    if (!PROCESSED.has(attribute.name)) return false;
    if (attribute.name === 'type' && attribute.value !== 'module') return false;
  }
  return true;
}
