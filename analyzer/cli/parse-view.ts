import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { positiveInt, strictArgs } from './run-flags.js';
import { UsageError } from './usage-error.js';

export interface ViewCommand {
  help: boolean;
  file: string;
  port: number | undefined;
  open: boolean;
}

export function parseViewArgs(args: string[]): ViewCommand {
  const options = { port: { type: 'string', short: 'p' }, open: { type: 'boolean', default: true }, help: { type: 'boolean', short: 'h' } } as const;
  const { values, positionals } = strictArgs('view', args, options, { allowNegative: true });
  if (values.help) return { help: true, file: '', port: undefined, open: false };
  if (positionals.length > 1) throw new UsageError('view takes one report.json or folder');
  const given = resolve(positionals[0] ?? 'blastmap-report');
  const file = existsSync(given) && statSync(given).isDirectory() ? join(given, 'report.json') : given;
  if (!existsSync(file)) throw new UsageError(`no report at ${file} (run 'blastmap analyze' first)`);
  const port = values.port === undefined ? undefined : positiveInt('--port', values.port);
  if (port !== undefined && port > 65535) throw new UsageError(`--port takes 1..65535, got ${port}`);
  return { help: false, file, port, open: values.open ?? true };
}
