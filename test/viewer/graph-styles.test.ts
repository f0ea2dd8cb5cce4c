import { describe, expect, it } from 'vitest';
import { GRAPH_STYLES } from '../../viewer/src/graph-styles.js';

/** The style a selector's block sets. */
const styleOf = (selector: string): Record<string, unknown> | undefined => {
  const block = GRAPH_STYLES.find((b) => b.selector === selector);
  return block && 'style' in block ? (block.style as Record<string, unknown>) : undefined;
};

/** The z-index a selector's block sets (areas map theirs from data: their depth, below 1,000). */
const z = (selector: string): number => {
  const value = styleOf(selector)?.['z-index'];
  if (typeof value !== 'number') throw new Error(`${selector} sets no numeric z-index`);
  return value;
};

describe('the drawing order, which is also the order a click finds things in', () => {
  it('puts every link under the closed boxes and modules it crosses or ends at, the selection\'s links above the others', () => {
    expect(z('edge')).toBeLessThan(z('edge.focus'));
    expect(z('edge.focus')).toBeLessThan(z('node.area.collapsed'));
    expect(z('node.area.collapsed')).toBeLessThanOrEqual(z('node.module'));
    expect(z('node.module')).toBeLessThan(z('node.module:selected'));
  });

  it('compares every element by its z-index alone, and puts open areas under everything, by depth', () => {
    for (const selector of ['node', 'edge']) expect(styleOf(selector)).toMatchObject({ 'z-index-compare': 'manual' });
    expect(styleOf('node.area')).toMatchObject({ 'z-index': 'data(depth)' });
    // depth counts areas, far fewer than a thousand levels
    expect(z('edge')).toBeGreaterThanOrEqual(1000);
  });
});
