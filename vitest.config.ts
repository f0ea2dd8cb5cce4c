import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 300_000,
    pool: 'forks',
    reporters: ['default'],
    // the CLI's default cache folder is under XDG_CACHE_HOME: tests never write into the user's
    env: { XDG_CACHE_HOME: join(tmpdir(), 'blastmap-test-cache') },
  },
});
