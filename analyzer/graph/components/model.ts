/**
 * What a framework's compiler tells blastmap about one component: its script blocks (TS/JS text
 * with where it starts), the tags its template uses as components, and the first problem the
 * compiler reported. The TS/JS itself is parsed by the one compiler (syntax/parse-module.ts).
 */
export interface ScriptBlock {
  text: string;
  /** the file's line (1-based) on which the block's text starts */
  line: number;
  /** the grammar: a `lang` attribute of ts/tsx/jsx picks it; plain JS parses as TS's JS */
  extension: '.ts' | '.tsx' | '.js' | '.jsx';
  /**
   * `module`: what it exports is the component module's (Vue's `<script>`, Svelte's module script,
   * Astro's frontmatter); `instance`: its imports are the module's, its exports are not (Vue's
   * `<script setup>`, Svelte's instance script whose `export let` are props, Astro's client scripts)
   */
  role: 'module' | 'instance';
}

export interface ComponentProblem {
  line: number;
  message: string;
}

export interface ComponentSyntax {
  blocks: ScriptBlock[];
  /** `<script src="…">`: the file is the block's code */
  scriptSources: string[];
  /** the tags the template uses as components, as written (Vue only) */
  templateTags: string[];
  problems: ComponentProblem[];
}

export function extensionOfLang(lang: string | undefined): ScriptBlock['extension'] {
  switch ((lang ?? '').toLowerCase()) {
    case 'ts':
    case 'typescript':
      return '.ts';
    case 'tsx':
      return '.tsx';
    case 'jsx':
      return '.jsx';
    default:
      return '.js';
  }
}

/** The 1-based line of a character offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line += 1;
  return line;
}
