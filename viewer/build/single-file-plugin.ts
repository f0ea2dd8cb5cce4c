import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

/** The one style element Cytoscape adds to the page when it starts (see its renderer's init). */
const CYTOSCAPE_CONTAINER_STYLE = '.__________cytoscape_container { position: relative; }';

/**
 * Inlines the one JS chunk and the CSS into index.html, so the viewer is a single file that
 * opens from file://, and pins both with hashes in a Content-Security-Policy that allows no
 * network at all (connect-src 'none'): nothing in the page can send the report anywhere.
 */
export function singleFilePlugin(): Plugin {
  return {
    name: 'blastmap-single-file',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const files = Object.values(bundle);
      const html = files.find((f) => f.type === 'asset' && f.fileName.endsWith('.html'));
      const chunks = files.filter((f) => f.type === 'chunk');
      const styles = files.filter((f) => f.type === 'asset' && f.fileName.endsWith('.css'));
      if (!html || html.type !== 'asset' || chunks.length !== 1 || styles.length > 1) {
        this.error(`expected one html, one JS chunk and at most one CSS file, got ${files.map((f) => f.fileName).join(', ')}`);
      }
      const chunk = chunks[0]!;
      const js = escapeScript(chunk.type === 'chunk' ? chunk.code : '');
      const css = styles[0]?.type === 'asset' ? String(styles[0].source).replace(/<\/style/gi, '<\\/style') : '';
      let page = String(html.source)
        .replace(new RegExp(`<script[^>]*src="[^"]*${escapeRegExp(chunk.fileName)}"[^>]*></script>\\s*`), '')
        .replace(styles[0] ? new RegExp(`<link[^>]*href="[^"]*${escapeRegExp(styles[0].fileName)}"[^>]*>\\s*`) : /$^/, '');
      const csp = [
        "default-src 'none'",
        `script-src '${sha256(js)}'`,
        `style-src '${sha256(css)}' '${sha256(CYTOSCAPE_CONTAINER_STYLE)}'`,
        'img-src data: blob:',
        "connect-src 'none'",
        "base-uri 'none'",
        "form-action 'none'",
      ].join('; ');
      page = page
        .replace('<meta charset="utf-8" />', () => `<meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy" content="${csp}" />`)
        .replace('</head>', () => `<style>${css}</style>\n  </head>`)
        .replace(/<\/body>(?![\s\S]*<\/body>)/, () => `<script type="module">${js}</script>\n  </body>`);
      html.source = page;
      delete bundle[chunk.fileName];
      if (styles[0]) delete bundle[styles[0].fileName];
    },
  };
}

/** Nothing in the bundle may end the script element or open an HTML comment inside it. */
function escapeScript(code: string): string {
  const escaped = code.replace(/<\/script/gi, '<\\/script');
  if (escaped.includes('<!--')) throw new Error('viewer bundle contains "<!--", which cannot be inlined safely');
  return escaped;
}

function sha256(text: string): string {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
