import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { embedReport, pageAround } from './html-embed.js';
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
  return embedReport(await viewerTemplate(options.viewerDir), JSON.stringify(report), pageTitle(report));
}

/** The page before and after the report's JSON, for a caller that writes the JSON bytes it already has. */
export async function reportPageAround(report: Report, options: RenderHtmlOptions = {}): Promise<{ before: string; after: string }> {
  return pageAround(await viewerTemplate(options.viewerDir), pageTitle(report));
}

async function viewerTemplate(viewerDir = defaultViewerDir()): Promise<string> {
  const file = join(viewerDir, 'index.html');
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    throw new Error(`the viewer is not built (${file} is missing); run \`npm run build:viewer\``, { cause: error });
  }
}

function pageTitle(report: Report): string {
  const name = report.repo?.root?.replace(/\/+$/, '').split('/').pop() || 'report';
  return `${name} — blastmap`;
}
