import { readFileSync, statSync } from 'node:fs';
import { UsageError } from './usage-error.js';

/** A pull request body is at most 65,536 characters on GitHub; anything far beyond is not a description. */
const MAX_DESCRIPTION_BYTES = 64 * 1024 * 1024;

function readCapped(file: string, what: string): string {
  let size: number;
  try {
    size = statSync(file).size;
  } catch (error) {
    throw new UsageError(`cannot read ${what} ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  if (size > MAX_DESCRIPTION_BYTES) throw new UsageError(`${what} ${file} is ${size} bytes, more than ${MAX_DESCRIPTION_BYTES}`);
  return readFileSync(file, 'utf8');
}

/**
 * The pull request's description: `--description-file`, else on GitHub Actions the event
 * payload's `pull_request.body` (`$GITHUB_EVENT_PATH`), else none. Text only: it is searched for
 * the explanation heading and never printed.
 */
export function readDescription(file: string | null, env: NodeJS.ProcessEnv = process.env): string | null {
  if (file !== null) return readCapped(file, '--description-file');
  const eventPath = env.GITHUB_EVENT_PATH;
  if (eventPath === undefined || eventPath === '') return null;
  let event: unknown;
  try {
    event = JSON.parse(readCapped(eventPath, '$GITHUB_EVENT_PATH'));
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`$GITHUB_EVENT_PATH ${eventPath} is not JSON: ${(error as Error).message}`);
  }
  const body = (event as { pull_request?: { body?: unknown } } | null)?.pull_request?.body;
  return typeof body === 'string' ? body : null;
}
