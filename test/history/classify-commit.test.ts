import { describe, expect, it } from 'vitest';
import { WarningSink } from '../../analyzer/core/warnings.js';
import { classifyCommit } from '../../analyzer/history/classify-commit.js';
import type { Identity } from '../../analyzer/history/identity.js';
import { buildMarkerRules } from '../../analyzer/history/marker-rules.js';

const RULES = buildMarkerRules([], [], new WarningSink());
const HUMAN: Identity = { name: 'Pat Human', email: 'pat@example.com' };

function byAuthor(author: Identity, message = 'Change things\n', rules = RULES) {
  return classifyCommit({ author, rawAuthor: author, committer: HUMAN }, message, rules);
}
function withMessage(message: string, rules = RULES) {
  return classifyCommit({ author: HUMAN, rawAuthor: HUMAN, committer: HUMAN }, message, rules);
}
const tools = (c: { ai: { tool: string }[] }) => c.ai.map((m) => m.tool);

describe('AI identities from ai-markers.md, as author', () => {
  it.each([
    ['Claude Opus 4.6', 'noreply@anthropic.com', 'Claude Code'],
    ['claude[bot]', '209825114+claude[bot]@users.noreply.github.com', 'Claude GitHub app'],
    ['copilot-swe-agent[bot]', '198982749+Copilot@users.noreply.github.com', 'GitHub Copilot'],
    ['Copilot', 'someone@example.com', 'GitHub Copilot'],
    ['x', 'copilot@github.com', 'GitHub Copilot'],
    ['aider (openai/gpt-4o)', 'aider@aider.chat', 'aider'],
    ['aider (claude-3-7)', 'aider@aider.dev', 'aider'],
    ['Cursor Agent', 'cursoragent@cursor.com', 'Cursor'],
    ['Composer', 'noreply@cursor.com', 'Cursor'],
    ['cursor[bot]', '1+cursor[bot]@users.noreply.github.com', 'Cursor'],
    ['Codex', 'noreply@openai.com', 'OpenAI Codex'],
    ['chatgpt-codex-connector[bot]', '1+chatgpt-codex-connector[bot]@users.noreply.github.com', 'OpenAI Codex'],
    ['devin-ai-integration[bot]', '1+devin-ai-integration[bot]@users.noreply.github.com', 'Devin'],
    ['Devin AI', 'devin@example.com', 'Devin'],
    ['google-labs-jules[bot]', '161369871+google-labs-jules[bot]@users.noreply.github.com', 'Google Jules'],
    ['gemini-code-assist[bot]', '1+gemini-code-assist[bot]@users.noreply.github.com', 'Gemini Code Assist'],
    ['Amp', 'amp@ampcode.com', 'Amp'],
    ['openhands', 'openhands@all-hands.dev', 'OpenHands'],
    ['opencode', 'agent@opencode.ai', 'opencode'],
    ['Qwen-Coder', 'qwen-coder@alibabacloud.com', 'Qwen Code'],
    ['factory-droid[bot]', '1+factory-droid[bot]@users.noreply.github.com', 'Factory'],
    ['amazon-q-developer[bot]', '1+amazon-q-developer[bot]@users.noreply.github.com', 'Amazon Q'],
    ['cline[bot]', '1+cline[bot]@users.noreply.github.com', 'Cline'],
    ['continue[bot]', '1+continue[bot]@users.noreply.github.com', 'Continue'],
  ])('%s <%s> is the agent %s', (name, email, tool) => {
    const c = byAuthor({ name, email });
    expect(c.authorKind).toBe('agent');
    expect(c.authorTool).toBe(tool);
    expect(tools(c)).toEqual([tool]);
  });
});

describe('markers on a human commit', () => {
  it('a ` (aider)` name marks the commit but keeps the person', () => {
    const c = classifyCommit({ author: { name: 'Pat Human', email: 'pat@example.com' }, rawAuthor: { name: 'Pat Human (aider)', email: 'pat@example.com' }, committer: HUMAN }, 'x\n', RULES);
    expect(c).toMatchObject({ authorKind: 'human', authorTool: null });
    expect(tools(c)).toEqual(['aider']);
  });

  it.each([
    ['S\n\nCo-authored-by: Claude <noreply@anthropic.com>\n', 'Claude Code'],
    ['S\n\nCo-Authored-By: Claude Sonnet 4.5 <noreply@anthropic.com>\n', 'Claude Code'],
    ['S\n\nCo-authored-by: someone <someone@openai.com>\n', 'OpenAI Codex'],
    ['S\n\nCo-authored-by: Copilot <175728472+Copilot@users.noreply.github.com>\n', 'GitHub Copilot'],
    ['S\n\nAssisted-by: Claude:claude-3-opus\n', 'AI policy trailer'],
    ['S\n\nGenerated-by: some tool\n', 'AI policy trailer'],
    ['S\n\nCo-authored-by-AI: Tool\n', 'AI policy trailer'],
    ['S\n\nAmp-Thread-ID: https://ampcode.com/threads/T-1\nCo-authored-by: Amp <amp@ampcode.com>\n', 'Amp'],
    ['S\n\nClaude-Session: https://claude.ai/code/session_1\n', 'Claude Code'],
    ['S\n\nMade-with: Cursor\n', 'Cursor'],
    ['aider: fix the thing\n', 'aider'],
    ['S\n\n🤖 Generated with [Claude Code](https://claude.com/claude-code)\n', 'Claude Code'],
    ['S\n\n🤖 Generated with [opencode](https://opencode.ai)\n', 'opencode'],
    // squash merge: the AI co-author sits in an earlier paragraph, under prose
    ['Feature (#1)\n\n* one\n\nCo-authored-by: google-labs-jules[bot] <1+google-labs-jules[bot]@users.noreply.github.com>\n\n* two\n', 'Google Jules'],
  ])('%j → %s', (message, tool) => {
    const c = withMessage(message);
    expect(c.authorKind).toBe('human');
    expect(tools(c)).toEqual([tool]);
  });

  it('the AI committer of a human author marks the commit', () => {
    const c = classifyCommit({ author: HUMAN, rawAuthor: HUMAN, committer: { name: 'Claude', email: 'noreply@anthropic.com' } }, 'x\n', RULES);
    expect(c.authorKind).toBe('human');
    expect(tools(c)).toEqual(['Claude Code']);
  });

  it.each([
    'Fix bug, as Claude suggested\n',
    'S\n\nAssisted-by: Claude\n\nThis paragraph ends the message.\n', // not the last paragraph
    'S\n\nMade-with: vim\n',
    'S\n\nCo-authored-by: Erin Example <erin@example.com>\n', // a human co-author is a person
    'S\n\nCo-authored-by: Claude Monet <claude@example.com>\n',
    'S\n\nWe used Generated with [Claude Code] in the docs\n',
    'Update aider: docs\n',
    'S\n\nMade-with: Cursor\n\nMore prose after the block.\n',
  ])('%j is not AI', (message) => {
    expect(withMessage(message).ai).toEqual([]);
  });

  it('a person named Claude or Copilot-like emails elsewhere are people', () => {
    expect(byAuthor({ name: 'Claude Dupont', email: 'claude@example.fr' })).toMatchObject({ authorKind: 'human', ai: [] });
    expect(byAuthor({ name: 'Amp Lee', email: 'amp@example.com' })).toMatchObject({ authorKind: 'human', ai: [] });
  });
});

describe('bots', () => {
  it.each([
    ['dependabot[bot]', '49699333+dependabot[bot]@users.noreply.github.com', 'Dependabot'],
    ['renovate[bot]', '29139614+renovate[bot]@users.noreply.github.com', 'Renovate'],
    ['github-actions[bot]', '41898282+github-actions[bot]@users.noreply.github.com', 'GitHub Actions'],
    ['gemini-cli-robot', 'gemini-cli-robot@google.com', 'release robot'],
    ['pre-commit-ci[bot]', '66853113+pre-commit-ci[bot]@users.noreply.github.com', 'dependency or release bot'],
  ])('%s is a known bot (%s): never AI, whatever it carries', (name, email, tool) => {
    const c = byAuthor({ name, email }, 'S\n\nCo-authored-by: Claude <noreply@anthropic.com>\n');
    expect(c).toMatchObject({ authorKind: 'bot', authorTool: tool, ai: [] });
  });

  it('an in-house bot account whose commits carry an AI marker is an agent (ai-markers.md, "Not AI")', () => {
    const coder = { name: 'acme-coder[bot]', email: '1234+acme-coder[bot]@users.noreply.github.com' };
    const claude = byAuthor(coder, 'Fix the parser\n\nCo-authored-by: Claude <noreply@anthropic.com>\n');
    expect(claude).toMatchObject({ authorKind: 'agent', authorTool: 'Claude Code' });
    expect(tools(claude)).toEqual(['Claude Code']);
    const codex = byAuthor({ name: 'acme-agent-bot', email: 'agent@acme.example' }, 'Refactor\n\nCo-authored-by: OpenAI Codex <codex@openai.com>\n');
    expect(codex).toMatchObject({ authorKind: 'agent', authorTool: 'OpenAI Codex' });
    // the same account without a marker stays a bot, neither AI nor author
    expect(byAuthor(coder, 'Bump version\n')).toMatchObject({ authorKind: 'bot', authorTool: 'GitHub App', ai: [] });
    // prose that merely mentions a tool is no marker
    expect(byAuthor(coder, 'Apply what Claude suggested in review\n')).toMatchObject({ authorKind: 'bot', ai: [] });
  });
});

describe('rules from the config', () => {
  it('adds AI markers and bot patterns, and warns about a bad pattern', () => {
    const warnings = new WarningSink();
    const rules = buildMarkerRules(
      [
        { tool: 'House bot', field: 'email', pattern: '^ai@house\\.example$' },
        { tool: 'House trailer', field: 'trailer-key', pattern: '^AI-Tool$' },
        { tool: 'Broken', field: 'subject', pattern: '(' },
      ],
      ['^release-train$'],
      warnings,
    );
    expect(byAuthor({ name: 'x', email: 'AI@house.example' }, 'x\n', rules)).toMatchObject({ authorKind: 'agent', authorTool: 'House bot' });
    expect(tools(withMessage('S\n\nai-tool: yes\n', rules))).toEqual(['House trailer']);
    expect(byAuthor({ name: 'release-train', email: 'r@x' }, 'x\n', rules)).toMatchObject({ authorKind: 'bot', authorTool: 'config: ^release-train$' });
    expect(warnings.items.map((w) => w.code)).toEqual(['bad-marker-pattern']);
    // the built-in table is still there
    expect(tools(withMessage('aider: x\n', rules))).toEqual(['aider']);
  });
});
