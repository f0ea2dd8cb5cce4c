/** report.md: what an architecture review reads, rendered from a finished report. */
import { familiaritySection } from './markdown-familiarity.js';
import { limitsSection } from './markdown-limits.js';
import { declaredOwnersSection, ifTheyLeftSection } from './markdown-owners.js';
import { lookup } from './markdown-lookup.js';
import { sinceBaselineSection } from './markdown-since-baseline.js';
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
    overTime(report.trend, report.repo.now),
    limitsSection(l),
    sinceBaselineSection(report, top),
    areaTable(l, areas),
    familiaritySection(l, top),
    moduleTable(l, topModules(l, top)),
    cycles(l, top),
    hiddenCoupling(l, top),
    walkthrough(l, areas),
    declaredOwnersSection(l, top),
    ifTheyLeftSection(l, top),
  ];
  return sections.map((s) => s.join('\n').trimEnd()).filter((s) => s.length > 0).join('\n\n') + '\n';
}
