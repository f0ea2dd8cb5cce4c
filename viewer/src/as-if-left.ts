/**
 * The viewer's "what if … left": the report as it would read had these people left at "now",
 * worked out in the page from what every report carries (modules[].history.authors with DOA,
 * isAuthor and active), by the analyzer's rules: they become inactive; a module's bus factor is
 * its active authors, its knowledge loss the DOA share of authors no longer active; an area's
 * bus factor is the truck-factor greedy over its source modules' active authors (all its modules
 * when it has no source module); the truck factor drops their authorship. Risk scores are
 * within-repository percentiles of every module at once and are not recomputed here (the picker
 * says so); `blastmap analyze --leaving` recomputes them.
 */
import type { Report, ReportModule } from '../../analyzer/report/schema/index.js';
import { greedyTruckFactor, truckFactorWithout } from '../../analyzer/report/wording/what-if-left.js';

export function asIfLeft(report: Report, leaving: readonly string[]): Report {
  if (leaving.length === 0) return report;
  const gone = new Set(leaving);
  const modules = report.modules.map((m) => moduleAsIfLeft(m, gone));
  const activeIds = new Map(modules.map((m) => [m.path, (m.history?.authors ?? []).filter((a) => a.isAuthor && a.active).map((a) => a.id)]));
  const areas = report.areas.map((area) => {
    const inside = modules.filter((m) => area.path === '.' || m.path.startsWith(`${area.path}/`));
    const sources = inside.filter((m) => m.kind === 'source');
    const scope = (sources.length > 0 ? sources : inside).filter((m) => m.history !== null);
    return {
      ...area,
      busFactor: area.busFactor === null ? null : (greedyTruckFactor(scope.map((m) => activeIds.get(m.path) ?? [])) ?? 0),
      authors: area.authors.map((a) => (gone.has(a.id) ? { ...a, active: false } : a)),
    };
  });
  const authors = report.authors.map((a) => (gone.has(a.id) ? { ...a, active: false } : a));
  const truckFactor = report.repo.head === null ? report.summary.truckFactor : truckFactorWithout(report, gone);
  return {
    ...report,
    modules,
    areas,
    authors,
    summary: { ...report.summary, truckFactor, activeAuthors: authors.filter((a) => a.kind === 'human' && a.active).length },
    options: { ...report.options, leaving: [...new Set([...(Array.isArray(report.options.leaving) ? (report.options.leaving as string[]) : []), ...leaving])].sort() },
  };
}

function moduleAsIfLeft(m: ReportModule, gone: ReadonlySet<string>): ReportModule {
  const h = m.history;
  if (!h || !h.authors.some((a) => gone.has(a.id) && a.active)) return m;
  const authors = h.authors.map((a) => (gone.has(a.id) ? { ...a, active: false } : a));
  let owned = 0;
  let lost = 0;
  let busFactor = 0;
  let owners = 0;
  for (const a of authors) {
    if (!a.isAuthor) continue;
    owners++;
    owned += a.doa;
    if (a.active) busFactor++;
    else lost += a.doa;
  }
  return { ...m, history: { ...h, authors, busFactor, knowledgeLoss: owners > 0 && owned > 0 ? lost / owned : null } };
}
