import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { embedReport } from './html-embed.js';
import { defaultViewerDir } from './html-viewer-dir.js';
import type { Report } from './schema/index.js';

export interface RenderHtmlOptions {
  /** folder holding the built viewer's index.html; defaults to the package's dist/viewer */
  viewerDir?: string;
}

/**
 * report.html: the built viewer (one file: scripts, styles, a Content-Security-Policy that
 * forbids any request) with the report embedded as inert JSON. Opens from file:// offline.
 */
export async function renderReportHtml(report: Report, options: RenderHtmlOptions = {}): Promise<string> {
  const file = join(options.viewerDir ?? defaultViewerDir(), 'index.html');
  let template: string;
  try {
    template = await readFile(file, 'utf8');
  } catch (error) {
    throw new Error(`the viewer is not built (${file} is missing); run \`npm run build:viewer\``, { cause: error });
  }
  const name = report.repo?.root?.replace(/\/+$/, '').split('/').pop() || 'report';
  return embedReport(template, report, `${name} — blastmap`);
}
