/** One plain sentence per module, from the same figures the factors use. */
import { ago, names, pct, plural, sentence } from './format.js';
import type { ModuleFacts } from './module-facts.js';
import { aiLineShareValue, lineSourceName, type Ownership } from './ownership.js';
import type { LineShare } from '../history/provenance/model.js';
import { grouped } from '../core/grouped.js';

export function explainModule(f: ModuleFacts, sources: number, now: string | null): string {
  return sentence([exposure(f, sources), ...ownership(f.ownership, f.lineShare, now, f.wholeHistory)]);
}

function lineShare(share: LineShare): string {
  return `${pct(aiLineShareValue(share))} of its ${plural(share.lines, 'line')} were written by an AI tool (per ${lineSourceName(share)})`;
}

const KIND_WORDS = { source: 'source code', test: 'test code', example: 'example code', tooling: 'developer tooling' } as const;

function exposure(f: ModuleFacts, sources: number): string {
  if (f.barrel && f.blastRadius > 0) {
    return `it only re-exports: ${plural(f.blastRadius, 'module')} ${f.blastRadius === 1 ? 'imports' : 'import'} through it, ${grouped(f.symbolBlastRadius)} ${f.symbolBlastRadius === 1 ? 'uses' : 'use'} symbols defined here`;
  }
  if (f.blastRadius === 0) return f.source ? 'nothing else depends on it' : `${KIND_WORDS[f.kind]} that no source module depends on`;
  const share = sources > 0 ? f.blastRadius / sources : 0;
  return `${pct(share)} of source modules (${f.blastRadius} of ${sources}) depend on it`;
}

function ownership(o: Ownership | null, lines: LineShare | null, now: string | null, wholeHistory: boolean): string[] {
  if (o === null) return ['no git history: structure only, no risk level'];
  const written = lines === null ? [] : [lineShare(lines)];
  if (o.commits === 0 && o.mainAuthor === null && o.busFactor === 0) return ['no commits to it in the analysed window', ...written];
  const parts = [authorship(o, now, wholeHistory)];
  const leftImplied = o.busFactor === 0 && o.mainAuthor !== null && !o.mainAuthor.active && o.knowledgeLoss >= 0.995;
  if (o.mainAuthor !== null && o.knowledgeLoss >= 0.005 && !leftImplied) {
    parts.push(`people who left hold ${pct(o.knowledgeLoss)} of its authorship`);
  }
  if (o.commits === 0) parts.push('no commits to it in the analysed window');
  else
    parts.push(o.aiCommits === 0 ? `${plural(o.commits, 'commit')}, none AI-assisted`
      : o.commits === 1 ? 'its 1 commit was AI-assisted'
      : `${pct(o.aiCommits / o.commits)} of its ${plural(o.commits, 'commit')} were AI-assisted`);
  parts.push(...written);
  const last = ago(o.lastChange, now);
  if (last !== null) parts.push(`last changed ${last}`);
  return parts;
}

function authorship(o: Ownership, now: string | null, wholeHistory: boolean): string {
  const main = o.mainAuthor;
  const active = o.authors.filter((a) => a.active).map((a) => a.name);
  if (o.busFactor >= 2) return `${o.busFactor} active authors (${names(active)})`;
  if (o.busFactor === 1) return `one active author (${active[0] ?? main?.name ?? 'unknown'})`;
  if (main === null) {
    return wholeHistory
      ? 'no active author: no person ever committed to it, every commit to it came from agents or bots'
      : 'no active author: no person committed to it in the history read, every commit read came from agents or bots';
  }
  if (main.active) return `no active author: its top contributor ${main.name} holds too little of it to count as an author`;
  const last = ago(main.lastCommit, now);
  const alias = main.namesakeActive ? '; someone active has the same name under another email, so .mailmap may miss an entry' : '';
  // someone active who changed it but holds too little to count: the reader's first person to ask
  const helper = o.topActiveContributor === null ? '' : `; ${o.topActiveContributor.name}, active, has changed it but holds too little of it to count as an author`;
  return `no active author (its main author ${main.name}'s last commit was ${last ?? 'outside the analysed history'}${alias}${helper})`;
}
