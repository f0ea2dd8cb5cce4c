import { readdirSync } from 'node:fs';
import { testGit } from './test-git.js';

// components are modules too (report contract, "Components are modules")
const SOURCE = /\.(ts|tsx|mts|cts|js|jsx|mjs|cjs|vue|svelte|astro)$/i;
const SLASH = Buffer.from('/');

/**
 * The TS/JS files the report must account for, worked out without the analyzer: what git tracks,
 * or every file when not a repo. Names are read as bytes and decoded as UTF-8, so a bad byte
 * becomes U+FFFD, as the report shows it.
 */
export function trackedSources(dir: string, isRepo: boolean): string[] {
  const names = isRepo ? testGit(dir, ['ls-files', '-z']).toString('utf8').split('\0').filter(Boolean) : walk(Buffer.from(dir)).map((raw) => raw.toString('utf8'));
  return names.filter((name) => SOURCE.test(name)).sort();
}

function walk(root: Buffer, rel: Buffer | null = null): Buffer[] {
  const dir = rel === null ? root : Buffer.concat([root, SLASH, rel]);
  return readdirSync(dir, { withFileTypes: true, encoding: 'buffer' }).flatMap((entry) => {
    const path = rel === null ? entry.name : Buffer.concat([rel, SLASH, entry.name]);
    const name = entry.name.toString('utf8');
    if (entry.isDirectory()) return name === '.git' || name === 'node_modules' ? [] : walk(root, path);
    return [path];
  });
}
