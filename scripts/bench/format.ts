import type { BenchResult } from './result.js';

const seconds = (ms: number | null | undefined) => (ms == null ? '—' : `${(ms / 1000).toFixed(1)} s`);
const mib = (kb: number | null | undefined) => (kb == null ? '—' : `${Math.round(kb / 1024)} MiB`);
const ratio = (x: number | null) => (x === null ? '—' : `${x.toFixed(2)}×`);

export function formatTable(r: BenchResult): string {
  const rows: string[][] = [
    ['step', 'time', 'peak RSS', 'note'],
    ['git log --numstat -M', seconds(r.gitLog.ms), mib(r.gitLog.peakRssKb), `${(r.gitLog.outputBytes / 1e6).toFixed(1)} MB of output`],
    ['depcruise', r.depcruise.ok ? seconds(r.depcruise.ms) : 'failed', mib(r.depcruise.peakRssKb), r.depcruise.ok ? `${r.depcruise.modules} modules${r.depcruise.exclude ? ` (excluding ${r.depcruise.exclude})` : ''}` : r.depcruise.error ?? ''],
    [`blastmap (${r.blastmap.mode})`, r.blastmap.ok ? seconds(r.blastmap.totalMs) : 'failed', mib(r.blastmap.peakRssKb), r.blastmap.ok ? blastmapNote(r) : r.blastmap.error ?? ''],
  ];
  if (r.viewer)
    rows.push([`viewer (${r.viewer.modules} modules)`, r.viewer.ok ? seconds(r.viewer.openToInteractiveMs) : 'failed', '—', r.viewer.ok ? `open report.html (${((r.viewer.htmlBytes ?? 0) / 1e6).toFixed(1)} MB) to interactive` : r.viewer.error ?? '']);
  if (r.trend)
    rows.push(['blastmap --trend (24 months)', r.trend.ok ? seconds(r.trend.trendMs) : 'failed', '—', r.trend.ok ? `trend phase; ${ratio(r.trend.vsColdAnalyze)} the cold analyze above (target ≤ 3×); whole run ${seconds(r.trend.wallMs)}` : r.trend.error ?? '']);
  const { layout, sizeCap } = r.inProcess;
  rows.push([`layout (${layout.modules} modules)`, seconds(layout.ms), '—', 'computeLayout in process, on a generated report']);
  rows.push([`size cap (${Math.round(sizeCap.fileBytes / 2 ** 20)} MiB file)`, '—', '—', `readSource held ${(sizeCap.arrayBuffersKb / 1024).toFixed(1)} MiB more array buffers`]);
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
  const lines = rows.map((row) => row.map((cell, i) => cell.padEnd(widths[i]!)).join('  ').trimEnd());
  lines.splice(1, 0, widths.map((w) => '-'.repeat(w)).join('  '));
  return [
    `${r.name}: ${r.repo.sourceFiles} TS/JS files, ${r.repo.commits} commits${r.synthetic ? ` (synthetic, generated in ${seconds(r.synthetic.generateMs)})` : ''}`,
    `${r.host.cpus} CPUs, load average ${r.host.loadAvg1.toFixed(1)} at start, node ${r.host.node}`,
    ...lines,
    `graph phase / depcruise: ${ratio(r.ratios.graphVsDepcruise)}; blastmap total / (git log + depcruise): ${ratio(r.ratios.totalVsFloor)}`,
  ].join('\n');
}

function blastmapNote(r: BenchResult): string {
  const phases = Object.entries(r.blastmap.phases).map(([phase, ms]) => `${phase} ${seconds(ms)}`);
  return `${phases.join(', ')} (graph and history overlap)`;
}
