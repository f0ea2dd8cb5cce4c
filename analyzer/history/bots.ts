import type { Identity } from './identity.js';

/**
 * Bots: never authors. Checked after the AI table, so `claude[bot]` stays an agent.
 *
 * A known dependency or release bot (`known`) is never AI, whatever its commits carry
 * (ai-markers.md, "Not AI"). Any other bot account (a GitHub App, a `*-bot` user) is an agent when
 * a commit of its carries an AI marker: an in-house coding agent committing with
 * `Co-authored-by: Claude …` writes AI-assisted code, and is still never an author.
 */
export interface BotRow {
  tool: string;
  name?: RegExp;
  email?: RegExp;
  /** a dependency or release bot: its commits are never AI-assisted */
  known: boolean;
}

export const BOTS: readonly BotRow[] = [
  { tool: 'Dependabot', name: /^dependabot(\[bot\]|-preview(\[bot\])?)?$/i, known: true },
  { tool: 'Renovate', name: /^renovate(\[bot\]|-bot| bot)?$/i, known: true },
  { tool: 'GitHub Actions', name: /^github-actions(\[bot\])?$/i, known: true },
  {
    tool: 'dependency or release bot',
    name: /^(greenkeeper(io)?|snyk-bot|depfu|pyup-bot|pre-commit-ci|mergify|imgbot|allcontributors|all-contributors|semantic-release-bot|changeset-bot|release-please|google-cla|stale|codecov|netlify|vercel|transifex-integration|crowdin-bot|weblate|lingohub|restyled-io|deepsource-autofix|autofix-ci)(\[bot\])?$/i,
    known: true,
  },
  { tool: 'release robot', name: /[-_ ]robot$/i, known: true },
  { tool: 'GitHub App', name: /\[bot\]$/i, known: false },
  { tool: 'GitHub App', email: /\[bot\]@users\.noreply\.github\.com$/i, known: false },
  { tool: 'bot account', name: /[-_ ]bot$/i, known: false },
];

export function matchBot(identity: Identity, rows: readonly BotRow[]): BotRow | null {
  for (const bot of rows) {
    if (bot.name && bot.name.test(identity.name)) return bot;
    if (bot.email && bot.email.test(identity.email)) return bot;
  }
  return null;
}
