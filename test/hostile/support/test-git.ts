import { execFileSync } from 'node:child_process';
import { EVIL_DRIVER } from '../../../scripts/fixtures/hostile/untrusted-config.js';

/**
 * git as the tests run it on hostile repos: the fixtures' own fsmonitor, hooks and pager must
 * not fire for the test either, or a canary would blame the analyzer.
 */
const SAFE = [
  '-c', 'core.fsmonitor=false', '-c', 'core.hooksPath=/dev/null', '-c', 'core.pager=cat', '-c', 'core.quotePath=false', '--no-optional-locks',
  // the untrusted-config fixture's filter driver: `status` may re-read a racily clean file through it
  '-c', `filter.${EVIL_DRIVER}.process=`, '-c', `filter.${EVIL_DRIVER}.clean=cat`, '-c', `filter.${EVIL_DRIVER}.smudge=cat`,
];

export function testGit(dir: string, args: string[]): Buffer {
  const env: NodeJS.ProcessEnv = { LC_ALL: 'C', PATH: process.env.PATH, HOME: '/nonexistent', GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' };
  return execFileSync('git', [...SAFE, ...args], { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
}
