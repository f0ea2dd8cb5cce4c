/**
 * The AI-assistance markers of /work/shared/ai-markers.md as data: one row per tool. Names,
 * emails and trailer keys match case-insensitively. When a pattern gives both a name and an
 * email, both must match (that is how the table lists the identity).
 */
export interface IdentityPattern {
  name?: RegExp;
  email?: RegExp;
  /** only counts as a Co-authored-by (e.g. any @openai.com co-author) */
  coAuthorOnly?: boolean;
  /** marks the commit, but the identity stays a person (` (aider)` after a human's name) */
  assistsPerson?: boolean;
}

export interface TrailerPattern {
  key: RegExp;
  value?: RegExp;
}

export interface AiToolRow {
  tool: string;
  identities: IdentityPattern[];
  trailers: TrailerPattern[];
  subjects: RegExp[];
  bodyLines: RegExp[];
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A GitHub App posts as `<slug>[bot]` with email `<id>+<slug>[bot]@users.noreply.github.com`. */
export function githubApp(slug: string): IdentityPattern[] {
  const bot = escape(`${slug}[bot]`);
  return [{ name: new RegExp(`^${bot}$`, 'i') }, { email: new RegExp(`^(\\d+\\+)?${bot}@users\\.noreply\\.github\\.com$`, 'i') }];
}

function row(tool: string, parts: Partial<Omit<AiToolRow, 'tool'>>): AiToolRow {
  return { tool, identities: [], trailers: [], subjects: [], bodyLines: [], ...parts };
}

export const AI_TOOLS: readonly AiToolRow[] = [
  row('Claude Code', {
    identities: [{ name: /^claude\b/i, email: /^noreply@anthropic\.com$/i }],
    trailers: [{ key: /^claude-session$/i }],
    bodyLines: [/^🤖 generated with \[claude code\]\(.*\)$/i],
  }),
  row('Claude GitHub app', { identities: githubApp('claude') }),
  row('GitHub Copilot', {
    identities: [
      ...githubApp('copilot-swe-agent'),
      { name: /^copilot$/i },
      { email: /\+copilot@users\.noreply\.github\.com$/i },
      { email: /^copilot@github\.com$/i },
    ],
  }),
  row('aider', {
    identities: [
      { name: / \(aider\)$/i, assistsPerson: true },
      { name: /^aider\b/i, email: /^aider@aider\.(chat|dev)$/i },
    ],
    subjects: [/^aider: /i],
  }),
  row('Cursor', {
    identities: [{ name: /^(cursor agent|cursor|composer)$/i, email: /^(cursoragent|noreply)@cursor\.com$/i }, ...githubApp('cursor')],
    trailers: [{ key: /^made-with$/i, value: /^cursor\b/i }],
  }),
  row('OpenAI Codex', {
    identities: [
      { name: /^codex$/i, email: /^noreply@openai\.com$/i },
      { email: /@openai\.com$/i, coAuthorOnly: true },
      ...githubApp('chatgpt-codex-connector'),
    ],
  }),
  row('Devin', { identities: [...githubApp('devin-ai-integration'), { name: /^devin ai$/i }] }),
  row('Google Jules', { identities: githubApp('google-labs-jules') }),
  row('Gemini Code Assist', { identities: githubApp('gemini-code-assist') }),
  row('Amp', { identities: [{ name: /^amp$/i, email: /^amp@ampcode\.com$/i }], trailers: [{ key: /^amp-thread-id$/i }] }),
  row('OpenHands', { identities: [{ name: /^openhands$/i, email: /^openhands@all-hands\.dev$/i }] }),
  row('opencode', { identities: [{ email: /@opencode\.ai$/i }], bodyLines: [/^🤖 generated with \[opencode\]\(.*\)$/i] }),
  row('Qwen Code', { identities: [{ name: /^qwen-coder$/i, email: /^qwen-coder@alibabacloud\.com$/i }] }),
  row('Factory', { identities: githubApp('factory-droid') }),
  row('Amazon Q', { identities: githubApp('amazon-q-developer') }),
  row('Cline', { identities: githubApp('cline') }),
  row('Continue', { identities: githubApp('continue') }),
  // Linux kernel, Fedora, Apache and OpenLiberty policies name the tool in the value.
  row('AI policy trailer', { trailers: [{ key: /^(assisted-by|generated-by|co-authored-by-ai)$/i }] }),
];
