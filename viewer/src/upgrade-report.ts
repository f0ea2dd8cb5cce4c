// The one upgrader, shared with `blastmap diff` and `analyze --baseline` (pure code under analyzer/report/upgrade/).
export { upgradeToVersion2 } from '../../analyzer/report/upgrade/to-version-2.js';
