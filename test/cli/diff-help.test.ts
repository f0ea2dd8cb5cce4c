import { describe, expect, it } from 'vitest';
import { DIFF_HELP, MAIN_HELP } from '../../analyzer/cli/help.js';
import { runCli } from '../support/run-cli.js';

describe('blastmap diff --help', () => {
  it('prints the usage with examples and exit codes, and the main help names the command', () => {
    const run = runCli(['diff', '--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(`${DIFF_HELP}\n`);
    expect(DIFF_HELP).toMatch(/^Usage: blastmap diff <old report\.json> <new report\.json>/);
    expect(DIFF_HELP).toContain('Examples:');
    expect(DIFF_HELP).toContain('--format');
    expect(DIFF_HELP).toContain('Exit status: 0');
    expect(MAIN_HELP).toContain('blastmap diff <old.json> <new.json>');
  });
});
