import type { AnalyzerEmitter, Phase } from '../core/events.js';

const UNITS: Partial<Record<Phase, string>> = { graph: 'files', history: 'commits', provenance: 'files blamed' };

/** One status line on a terminal, rewritten in place; nothing at all when stderr is not a TTY. */
export function showProgress(emitter: AnalyzerEmitter, stream: NodeJS.WriteStream = process.stderr): () => void {
  if (!stream.isTTY) return () => undefined;
  const state = new Map<Phase, string>();
  const render = (): void => {
    const line = [...state].map(([phase, text]) => `${phase} ${text}`).join(' · ');
    stream.write(`\r\x1b[K${line.slice(0, (stream.columns ?? 100) - 1)}`);
  };
  emitter.on('phase-start', (phase) => {
    state.set(phase, '…');
    render();
  });
  emitter.on('progress', ({ phase, done, total }) => {
    state.set(phase, `${done}${total !== undefined ? `/${total}` : ''} ${UNITS[phase] ?? ''}`.trim());
    render();
  });
  emitter.on('phase-end', ({ phase, ms }) => {
    state.set(phase, `done (${(ms / 1000).toFixed(1)} s)`);
    render();
  });
  return () => stream.write('\r\x1b[K');
}
