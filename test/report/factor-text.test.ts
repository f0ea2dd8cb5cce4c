import { describe, expect, it } from 'vitest';
import { apportion, factorLines, factorSentence, zeroScoreReason } from '../../analyzer/report/wording/factor-text.js';
import { combine } from '../../analyzer/score/combine.js';
import type { ReportRisk } from '../../analyzer/report/schema/index.js';

function riskOf(churn: number, busFactor: number): ReportRisk {
  // the scorer's own combination: contributions are Shapley shares, not value × weight
  const { score, factors } = combine([
    [{ name: 'blastRadius', value: 0.9, weight: 0.3, detail: '' }, { name: 'centrality', value: 0.4, weight: 0.1, detail: '' }],
    [{ name: 'noActiveAuthor', value: 0.5 ** busFactor, weight: 0.2, detail: '' }, { name: 'knowledgeLoss', value: 0.62, weight: 0.15, detail: '' }, { name: 'aiShare', value: 0.3, weight: 0.1, detail: '' }],
  ], { strength: 0.15, factor: { name: 'churn', value: churn, weight: 0.15, detail: '' } });
  return { score, level: 'medium', factors, explanation: '' };
}

describe('factorLines', () => {
  it('says each share in words, with the reason, and the printed shares add up to the printed score', () => {
    const risk = riskOf(0.88, 1);
    const lines = factorLines(risk, 'module');
    const churn = lines.find((l) => l.name === 'churn')!;
    expect(factorSentence(churn)).toMatch(/^share of the score: \+0\.\d\d \(churn at the 88th percentile of the source modules\)$/);
    expect(lines.find((l) => l.name === 'noActiveAuthor')!.reason).toBe('1 active owner');
    expect(lines.find((l) => l.name === 'knowledgeLoss')!.reason).toBe('62% of its authorship held by people no longer active');
    const sum = lines.reduce((s, l) => s + Number(l.share), 0);
    expect(sum.toFixed(2)).toBe(risk.score!.toFixed(2));
    // nothing of "value × weight": a Shapley share is not the product
    expect(lines.map(factorSentence).join(' ')).not.toMatch(/×|weight/);
  });

  it('adds up for many scores at two and three decimals', () => {
    for (let i = 0; i <= 40; i++) {
      const risk = riskOf(i / 40, i % 4);
      for (const decimals of [2, 3]) {
        const sum = factorLines(risk, 'module', decimals).reduce((s, l) => s + Math.round(Number(l.share) * 10 ** decimals), 0);
        expect(sum).toBe(Math.round(Number(risk.score!.toFixed(decimals)) * 10 ** decimals));
      }
    }
  });

  it('names no active owner, the 1st, 2nd, 3rd, 11th and 12th percentiles', () => {
    const reason = (churn: number, bf: number, name: string) => factorLines(riskOf(churn, bf), 'module').find((l) => l.name === name)!.reason;
    expect(reason(0.5, 0, 'noActiveAuthor')).toBe('no active owner');
    expect(reason(0.5, 3, 'noActiveAuthor')).toBe('3 active owners');
    expect([0.01, 0.02, 0.03, 0.11, 0.12, 0.21].map((c) => reason(c, 1, 'churn').split(' ')[3])).toEqual(['1st', '2nd', '3rd', '11th', '12th', '21st']);
  });
});

describe('apportion', () => {
  it('gives the rounding steps to the parts that lost most', () => {
    // 0.333… × 3 = 1.00: rounded alone each is 0.33 (sum 0.99)
    expect(apportion([1 / 3, 1 / 3, 1 / 3], 1, 2)).toEqual([0.34, 0.33, 0.33]);
    // 0.125 + 0.125 + 0.25 = 0.5; each alone: 0.13 + 0.13 + 0.25 = 0.51
    expect(apportion([0.125, 0.125, 0.25], 0.5, 2)).toEqual([0.13, 0.12, 0.25]);
    expect(apportion([0, 0], 0, 2)).toEqual([0, 0]);
  });
});

describe('zeroScoreReason', () => {
  // the scorer's own combination, with one group of factors at 0
  const scored = (exposure: number, ignorance: number): ReportRisk => {
    const { score, factors } = combine([
      [{ name: 'blastRadius', value: exposure, weight: 0.3, detail: '' }, { name: 'centrality', value: exposure, weight: 0.1, detail: '' }],
      [{ name: 'noActiveAuthor', value: ignorance, weight: 0.2, detail: '' }, { name: 'knowledgeLoss', value: ignorance ? 0.63 : 0, weight: 0.15, detail: '' }, { name: 'aiShare', value: 0, weight: 0.1, detail: '' }],
    ], { strength: 0.15, factor: { name: 'churn', value: 0.56, weight: 0.15, detail: '' } });
    return { score, level: 'low', factors, explanation: '' };
  };

  it('says why every share is 0 beside a high factor: nothing depends on it, or nothing of it is unknown', () => {
    const unexposed = scored(0, 0.8);
    expect(unexposed.score).toBe(0);
    expect(unexposed.factors.find((f) => f.name === 'knowledgeLoss')).toMatchObject({ value: 0.63, contribution: 0 });
    expect(zeroScoreReason(unexposed, 'area')).toBe('Nothing outside it depends on it, so nothing breaks with it: the score multiplies exposure by how little is known of the code, and with no exposure every share is 0.');
    expect(zeroScoreReason(unexposed, 'module')).toMatch(/^Nothing else depends on it, so nothing breaks with it:/);
    expect(zeroScoreReason(scored(0.9, 0), 'area')).toBe('Nothing of it counts as unknown (no active owner, knowledge loss and AI-assisted share are 0): the score multiplies exposure by how little is known of the code, and with nothing unknown every share is 0.');
  });

  it('reads only the factors that carry weight: a group of no weight is left out of the score, and says nothing', () => {
    // blast radius and centrality weighted 0 by config: the score is the ignorance alone, never "nothing depends on it"
    const { score, factors } = combine([
      [{ name: 'blastRadius', value: 0, weight: 0, detail: '' }, { name: 'centrality', value: 0, weight: 0, detail: '' }],
      [{ name: 'noActiveAuthor', value: 0, weight: 0.2, detail: '' }, { name: 'knowledgeLoss', value: 0, weight: 0.15, detail: '' }, { name: 'aiShare', value: 1, weight: 0, detail: '' }],
    ], null);
    const risk: ReportRisk = { score, level: 'low', factors, explanation: '' };
    expect(score).toBe(0);
    // the AI share (1, but weighted 0) is not named among what is 0
    expect(zeroScoreReason(risk, 'module')).toBe('Nothing of it counts as unknown (no active owner and knowledge loss are 0): the score multiplies exposure by how little is known of the code, and with nothing unknown every share is 0.');
    // centrality alone weighted and 0: not "nothing depends on it", which only the blast radius can say
    const central = combine([[{ name: 'blastRadius', value: 0.9, weight: 0, detail: '' }, { name: 'centrality', value: 0, weight: 0.1, detail: '' }], [{ name: 'knowledgeLoss', value: 0.5, weight: 0.15, detail: '' }]], null);
    expect(zeroScoreReason({ ...central, level: 'low', explanation: '' }, 'module')).toBe('Its exposure (centrality) is 0: the score multiplies exposure by how little is known of the code, and with no exposure every share is 0.');
  });

  it('says nothing of a score above 0, or without history', () => {
    expect(zeroScoreReason(scored(0.9, 0.8), 'area')).toBeNull();
    expect(zeroScoreReason({ score: null, level: null, factors: [], explanation: '' }, 'module')).toBeNull();
  });
});
