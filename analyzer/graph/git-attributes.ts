import { runGit } from '../core/git.js';

export interface LinguistFlags {
  generated: Set<string>;
  vendored: Set<string>;
}

/** Reads `linguist-generated` / `linguist-vendored` from .gitattributes; git runs no filter for this. */
export async function readLinguistFlags(dir: string, paths: string[]): Promise<LinguistFlags> {
  const flags: LinguistFlags = { generated: new Set(), vendored: new Set() };
  if (paths.length === 0) return flags;
  const result = await runGit(dir, ['check-attr', '-z', '--stdin', 'linguist-generated', 'linguist-vendored'], {
    input: paths.join('\0') + '\0',
  });
  if (result.exitCode !== 0) return flags;
  const parts = result.stdout.toString('utf8').split('\0');
  for (let i = 0; i + 2 < parts.length; i += 3) {
    const [path, attr, value] = [parts[i] as string, parts[i + 1], parts[i + 2]];
    if (value !== 'set' && value !== 'true') continue;
    if (attr === 'linguist-generated') flags.generated.add(path);
    else if (attr === 'linguist-vendored') flags.vendored.add(path);
  }
  return flags;
}
