/** report.md: what an architecture review reads, rendered from a finished report. */
import { limitsSection } from './markdown-limits.js';
import { lookup } from './markdown-lookup.js';
import { areaTable, moduleTable, topAreas, topModules } from './markdown-risks.js';
import { cycles, hiddenCoupling } from './markdown-structure.js';
import { header, summary } from './markdown-summary.js';
import { overTime } from './markdown-trend.js';
import { walkthrough } from './markdown-walkthrough.js';
import type { Report } from './schema/index.js';

export function renderMarkdown(report: Report, options: { top: number }): string {
  const top = Math.max(1, Math.floor(options.top));
  const l = lookup(report);
  const areas = topAreas(l, top);
  const sections = [
    header(l),
    summary(l),
    overTime(report.trend),
    limitsSection(l),
    areaTable(l, areas),
    moduleTable(l, topModules(l, top)),
    cycles(l, top),
    hiddenCoupling(l, top),
    walkthrough(l, areas),
  ];
  return sections.map((s) => s.join('\n').trimEnd()).filter((s) => s.length > 0).join('\n\n') + '\n';
}
