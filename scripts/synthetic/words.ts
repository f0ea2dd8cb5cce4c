export const GROUP_WORDS: Record<string, readonly string[]> = {
  utils: ['string', 'date', 'array', 'http', 'log', 'cache', 'crypto', 'format', 'validation', 'env', 'retry', 'queue'],
  core: ['auth', 'session', 'storage', 'events', 'config', 'network', 'permissions', 'telemetry', 'i18n', 'routing'],
  features: ['billing', 'search', 'checkout', 'profile', 'inbox', 'reports', 'onboarding', 'catalog', 'calendar', 'uploads', 'teams', 'audit'],
  app: ['shell', 'pages', 'layout', 'bootstrap', 'widgets', 'admin'],
};

export const NOUNS = [
  'account', 'adapter', 'batch', 'buffer', 'channel', 'client', 'column', 'cursor', 'digest', 'draft', 'entry', 'filter',
  'folder', 'grant', 'handle', 'invoice', 'job', 'ledger', 'limit', 'matcher', 'member', 'message', 'meter',
  'note', 'offset', 'order', 'page', 'parser', 'payload', 'plan', 'policy', 'price', 'quota', 'record', 'region',
  'report', 'request', 'result', 'route', 'rule', 'schema', 'scope', 'shard', 'signal', 'slot', 'snapshot', 'source',
  'table', 'task', 'tenant', 'ticket', 'token', 'tracker', 'view', 'window', 'worker',
];

export const SUFFIXES = [
  'store', 'service', 'helpers', 'mapper', 'builder', 'reader', 'writer', 'cache', 'guard', 'loader', 'format',
  'model', 'state', 'utils', 'client', 'hooks', 'queue', 'view', 'factory', 'registry',
];

export const CHANGE_PHRASES = [
  'handle empty input', 'avoid double fetch', 'tighten types', 'simplify control flow', 'cache lookups',
  'guard against null', 'split large function', 'rename internals', 'fix off-by-one', 'add missing case',
  'support pagination', 'improve error message', 'drop dead code', 'reduce allocations', 'respect timeout',
];

export const CHANGE_TYPES = ['fix', 'fix', 'feat', 'refactor', 'refactor', 'perf', 'chore', 'test'];
