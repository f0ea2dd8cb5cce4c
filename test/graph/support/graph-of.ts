// Builds one directory's module graph in a process of its own (component-compilers.test.ts).
import { AnalyzerEmitter } from '../../../analyzer/core/events.js';
import { DEFAULT_OPTIONS } from '../../../analyzer/core/options.js';
import { WarningSink } from '../../../analyzer/core/warnings.js';
import { buildModuleGraph } from '../../../analyzer/graph/index.js';

const graph = await buildModuleGraph({ repoDir: process.argv[2] as string, options: DEFAULT_OPTIONS, emitter: new AnalyzerEmitter(), warnings: new WarningSink() });
process.stdout.write(`${graph.modules.length}\n`);
