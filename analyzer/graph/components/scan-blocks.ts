import { extensionOfLang, lineAt, type ScriptBlock } from './model.js';

const LANG = /\blang\s*=\s*["']?([A-Za-z]+)/i;
const MODULE_SCRIPT = /\bcontext\s*=\s*["']?module\b|\bmodule\b/i;
const SETUP = /\bsetup\b/i;

/**
 * The script blocks of a component its compiler could not parse, found by plain text search
 * (indexOf, no backtracking): every `<script …>…</script>`, and an Astro file's leading `---`
 * fence. Only so that a component with a syntax error keeps the imports it has, as a TS file does.
 */
export function scanScriptBlocks(text: string, extension: string): ScriptBlock[] {
  const blocks: ScriptBlock[] = [];
  const lower = text.toLowerCase();
  if (extension === '.astro') {
    const open = /^\s*---/.exec(text);
    if (open) {
      const start = open[0].length;
      const close = text.indexOf('\n---', start);
      if (close >= 0) blocks.push({ text: text.slice(start, close + 1), line: lineAt(text, start), extension: '.ts', role: 'module' });
    }
  }
  for (let at = lower.indexOf('<script'); at >= 0; at = lower.indexOf('<script', at + 1)) {
    const tagEnd = lower.indexOf('>', at);
    if (tagEnd < 0) break;
    const attributes = text.slice(at + '<script'.length, tagEnd);
    const close = lower.indexOf('</script', tagEnd);
    const end = close < 0 ? text.length : close;
    const start = tagEnd + 1;
    blocks.push({ text: text.slice(start, end), line: lineAt(text, start), extension: extension === '.astro' ? '.ts' : extensionOfLang(LANG.exec(attributes)?.[1]), role: roleOf(extension, attributes) });
    at = end;
  }
  return blocks;
}

function roleOf(extension: string, attributes: string): ScriptBlock['role'] {
  if (extension === '.vue') return SETUP.test(attributes) ? 'instance' : 'module';
  if (extension === '.svelte') return MODULE_SCRIPT.test(attributes) ? 'module' : 'instance';
  return 'instance';
}
