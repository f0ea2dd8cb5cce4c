import { afterAll, beforeAll } from 'vitest';
import type { Report } from '../../../analyzer/report/schema/index.js';
import { analyzeHostile, type ContractOptions } from './contract.js';
import { sandbox, type Sandbox } from './sandbox.js';

/** A sandbox whose repository is built and analyzed once for the whole test file, and removed after it. */
export function analyzedOnce(name: string, build: (box: Sandbox) => void, options: ContractOptions = {}, hookTimeoutMs = 60_000): { box: Sandbox; readonly report: Report } {
  const box = sandbox(name);
  let report: Report | undefined;
  beforeAll(async () => {
    build(box);
    report = await analyzeHostile(box, options);
  }, hookTimeoutMs);
  afterAll(() => box.dispose());
  return {
    box,
    get report(): Report {
      if (!report) throw new Error(`the ${name} fixture was not analyzed`);
      return report;
    },
  };
}
