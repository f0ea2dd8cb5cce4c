/** One plain sentence per module, from the same figures the factors use. */
import { ago, names, pct, plural, sentence } from './format.js';
import type { ModuleFacts } from './module-facts.js';
import { aiLineShareValue, lineSourceName, type Ownership } from './ownership.js';
import type { LineShare } from '../history/provenance/model.js';

export function explainModule(f: ModuleFacts, nonTest: number, now: string | null): string {
  return sentence([exposure(f, nonTest), ...ownership(f.ownership, f.lineShare, now)]);
}

function lineShare(share: LineShare): string {
  return `${pct(aiLineShareValue(share))} of its ${plural(share.lines, 'line')} were written by an AI tool (per ${lineSourceName(share)})`;
}

function exposure(f: ModuleFacts, nonTest: number): string {
  if (f.barrel && f.blastRadius > 0) {
    return `it only re-exports: ${f.blastRadius} modules import through it, ${f.symbolBlastRadius} use symbols defined here`;
  }
  if (f.blastRadius === 0) return f.test ? 'test code that nothing depends on' : 'nothing else depends on it';
  const share = nonTest > 0 ? f.blastRadius / nonTest : 0;
  return `${pct(share)} of non-test modules (${f.blastRadius} of ${nonTest}) depend on it`;
}

function ownership(o: Ownership | null, lines: LineShare | null, now: string | null): string[] {
  if (o === null) return ['no git history, so scored on structure alone'];
  const written = lines === null ? [] : [lineShare(lines)];
  if (o.commits === 0 && o.mainAuthor === null && o.busFactor === 0) return ['no commits to it in the analysed window', ...written];
  const parts = [authorship(o, now)];
  const leftImplied = o.busFactor === 0 && o.mainAuthor !== null && !o.mainAuthor.active && o.knowledgeLoss >= 0.995;
  if (o.mainAuthor !== null && o.knowledgeLoss >= 0.005 && !leftImplied) {
    parts.push(`people who left hold ${pct(o.knowledgeLoss)} of its authorship`);
  }
  if (o.commits === 0) parts.push('no commits to it in the analysed window');
  else
    parts.push(o.aiCommits > 0
      ? `${pct(o.aiCommits / o.commits)} of its ${plural(o.commits, 'commit')} were AI-assisted`
      : `${plural(o.commits, 'commit')}, none AI-assisted`);
  parts.push(...written);
  const last = ago(o.lastChange, now);
  if (last !== null) parts.push(`last changed ${last}`);
  return parts;
}

function authorship(o: Ownership, now: string | null): string {
  const main = o.mainAuthor;
  const active = o.authors.filter((a) => a.active).map((a) => a.name);
  if (o.busFactor >= 2) return `${o.busFactor} active authors (${names(active)})`;
  if (o.busFactor === 1) return `one active author (${active[0] ?? main?.name ?? 'unknown'})`;
  if (main === null) return `no active author: no person ever authored it, every commit to it came from agents or bots`;
  if (main.active) return `no active author: its top contributor ${main.name} holds too little of it to count as an author`;
  const last = ago(main.lastCommit, now);
  const alias = main.namesakeActive ? '; someone active has the same name under another email, so .mailmap may miss an entry' : '';
  return `no active author (its main author ${main.name}'s last commit was ${last ?? 'outside the analysed history'}${alias})`;
}
