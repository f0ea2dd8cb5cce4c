import type { Identity } from './identity.js';

/**
 * Dependency and release bots: flagged as bots, never AI and never authors. Checked after the
 * AI table, so `claude[bot]` stays an agent while any other GitHub App is a bot.
 */
export interface BotRow {
  tool: string;
  name?: RegExp;
  email?: RegExp;
}

export const BOTS: readonly BotRow[] = [
  { tool: 'Dependabot', name: /^dependabot(\[bot\]|-preview(\[bot\])?)?$/i },
  { tool: 'Renovate', name: /^renovate(\[bot\]|-bot| bot)?$/i },
  { tool: 'GitHub Actions', name: /^github-actions(\[bot\])?$/i },
  { tool: 'release robot', name: /[-_ ]robot$/i },
  { tool: 'GitHub App', name: /\[bot\]$/i },
  { tool: 'GitHub App', email: /\[bot\]@users\.noreply\.github\.com$/i },
  { tool: 'bot account', name: /[-_ ]bot$/i },
];

export function matchBot(identity: Identity, rows: readonly BotRow[]): BotRow | null {
  for (const bot of rows) {
    if (bot.name && bot.name.test(identity.name)) return bot;
    if (bot.email && bot.email.test(identity.email)) return bot;
  }
  return null;
}
