import type { AiMarkerRule } from '../core/options.js';
import type { WarningSink } from '../core/warnings.js';
import { AI_TOOLS, type AiToolRow } from './ai-markers.js';
import { BOTS, type BotRow } from './bots.js';

export interface MarkerRules {
  tools: readonly AiToolRow[];
  bots: readonly BotRow[];
}

function compile(pattern: string, what: string, warnings: WarningSink): RegExp | null {
  try {
    return new RegExp(pattern, 'i');
  } catch (error) {
    warnings.add('bad-marker-pattern', `${what} pattern ${JSON.stringify(pattern)} is not a valid regular expression and was ignored: ${(error as Error).message}`);
    return null;
  }
}

function userRow(rule: AiMarkerRule, pattern: RegExp): AiToolRow {
  const base: AiToolRow = { tool: rule.tool, identities: [], trailers: [], subjects: [], bodyLines: [] };
  switch (rule.field) {
    case 'name':
      return { ...base, identities: [{ name: pattern }] };
    case 'email':
      return { ...base, identities: [{ email: pattern }] };
    case 'trailer-key':
      return { ...base, trailers: [{ key: pattern }] };
    case 'subject':
      return { ...base, subjects: [pattern] };
    case 'body-line':
      return { ...base, bodyLines: [pattern] };
  }
}

/** The built-in tables plus the config's own AI markers and bot patterns (added, never replacing). */
export function buildMarkerRules(aiMarkers: readonly AiMarkerRule[], botPatterns: readonly string[], warnings: WarningSink): MarkerRules {
  const tools = [...AI_TOOLS];
  for (const rule of aiMarkers) {
    const pattern = compile(rule.pattern, `aiMarkers (${rule.tool}, ${rule.field})`, warnings);
    if (pattern) tools.push(userRow(rule, pattern));
  }
  const bots = [...BOTS];
  for (const text of botPatterns) {
    const pattern = compile(text, 'botPatterns', warnings);
    // config patterns come first so a project's own naming wins over the generic rows
    if (pattern) bots.unshift({ tool: `config: ${text}`, name: pattern, known: true }, { tool: `config: ${text}`, email: pattern, known: true });
  }
  return { tools, bots };
}
