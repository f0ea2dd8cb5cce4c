import type { Plugin } from 'vite';
import { reportValidatorModuleSource } from './report-validator.js';

const MODULE_ID = 'virtual:report-validator';
const RESOLVED_ID = `\0${MODULE_ID}`;

/** `import { validate } from 'virtual:report-validator'`: the report schema, compiled at build time. */
export function reportValidatorPlugin(): Plugin {
  return {
    name: 'blastmap-report-validator',
    resolveId: (source) => (source === MODULE_ID ? RESOLVED_ID : null),
    load(id) {
      if (id !== RESOLVED_ID) return null;
      const source = reportValidatorModuleSource();
      if (source.includes('require(')) this.error('the precompiled report validator needs ajv runtime helpers; bundle them explicitly');
      return source;
    },
  };
}
