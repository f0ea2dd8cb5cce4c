import { Type } from '@sinclair/typebox';
import { Count, Nullable, RepoPath } from './common.js';

/** Report contract, schema 2, "Declared owners": per module, and per area aggregated (docs/owners.md). */
export const Owners = Type.Object({
  declared: Nullable(Type.Array(Type.String(), {
    description: 'owners CODEOWNERS gives this file, as written there (@login, @org/team, email), by GitHub\'s rules (first of .github/CODEOWNERS, CODEOWNERS, docs/CODEOWNERS; last matching pattern wins; a pattern with no owners gives []). null without a CODEOWNERS file GitHub would use, or when no pattern matches. For an area: the distinct owners of its modules, most modules first',
  })),
  activeDeclared: Nullable(Type.Integer({
    minimum: 0,
    description: 'how many declared owners are active authors of the file by DOA, once mapped to people (noreply logins, config declaredOwners); null when declared is null or without history. For an area: declared owners that are an active author of at least one of its modules they are declared for',
  })),
  suggested: Type.Array(Type.String(), { description: 'authors[].id of the active DOA authors, most DOA first (for an area: most of its modules first, at most 5): who should own it' }),
});

export const DeclaredOwner = Type.Object({
  owner: Type.String({ description: 'as written in CODEOWNERS' }),
  people: Type.Array(Type.String(), { description: 'authors[].id it maps to; empty when blastmap cannot tell who it is (a team without a config declaredOwners entry, a login without a noreply address in the history)' }),
  modules: Count,
  authored: Type.Integer({ minimum: 0, description: 'of those modules, how many one of its people is an author of by DOA' }),
  activeAuthored: Type.Integer({ minimum: 0, description: 'of those modules, how many one of its people is an active author of' }),
});

export const CodeownersFile = Type.Object({
  exists: Type.Boolean({ description: 'false: the repository has no CODEOWNERS; path is where the suggested new file would go' }),
  path: RepoPath,
  used: Type.Boolean({ description: 'false when GitHub would not use the file (3 MB or more, or any invalid line): then no owner is declared' }),
  rules: Count,
  owners: Type.Array(DeclaredOwner),
  logins: Type.Record(Type.String(), Type.String(), { description: 'authors[].id -> GitHub login, where known (noreply address or config)' }),
  suggestion: Type.Object({
    path: RepoPath,
    patch: Type.String({ description: 'a unified diff adding rules that name the active DOA authors of the riskiest areas without one among their declared owners; empty when none is needed' }),
    areas: Type.Array(RepoPath, { description: 'the areas the added rules name, in the order of the rules' }),
    lines: Type.Array(Type.String(), { description: 'the lines the patch adds (the whole new file when exists is false)' }),
  }),
});

