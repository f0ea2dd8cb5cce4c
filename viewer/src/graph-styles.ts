import type { StylesheetJsonBlock } from 'cytoscape';

const INK = '#1f2328';
const MUTED_LINE = '#8c959f';
/** Blue marks the blast radius: it stays apart from every colour of the yellow-to-red heat scale. */
export const BLAST_BLUE = '#0969da';

/**
 * Drawing order, which is also the order clicks find things in (the topmost first). Areas are plain
 * nodes (not compounds), so it is set here, as Cytoscape drew the compounds: open areas by depth
 * (an inner one over the one around it), then links (the selection's above the others), then
 * closed areas and modules, so a link crossing a box or ending at a module never takes its click.
 */
const Z = { edges: 1000, focusEdges: 1100, closedAreas: 1500, modules: 2000, selectedModule: 4000 } as const;

export const GRAPH_STYLES: StylesheetJsonBlock[] = [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      color: INK,
      'font-family': 'system-ui, -apple-system, "Segoe UI", sans-serif',
      'text-outline-color': '#ffffff',
      'text-outline-width': 2,
      'text-outline-opacity': 0.9,
      'z-index-compare': 'manual',
    },
  },
  {
    selector: 'node.module',
    style: {
      shape: 'ellipse',
      width: 'data(size)',
      height: 'data(size)',
      'background-color': 'data(colour)',
      'border-width': 1,
      'border-color': '#57606a',
      'font-size': 10,
      'text-valign': 'bottom',
      'text-margin-y': 3,
      'text-max-width': '140px',
      'text-wrap': 'ellipsis',
      'min-zoomed-font-size': 8,
      'z-index': Z.modules,
    },
  },
  { selector: 'node.module.test, node.module.example, node.module.tooling', style: { 'border-style': 'dashed', shape: 'round-rectangle' } },
  // Cytoscape maps data to any property; its typings allow it only where a string is expected
  { selector: 'node.area', style: { 'z-index': 'data(depth)' as unknown as number } },
  { selector: 'node.area.collapsed', style: { 'z-index': Z.closedAreas } },
  {
    selector: 'node.area.collapsed',
    style: {
      shape: 'round-rectangle',
      width: 'data(width)',
      height: 'data(height)',
      'background-color': 'data(colour)',
      'border-width': 1.5,
      'border-color': '#6e7781',
      'font-size': 'data(fontSize)',
      'font-weight': 'bold',
      color: 'data(ink)',
      'text-outline-color': 'data(halo)',
      'text-outline-width': 1.5,
      'text-valign': 'center',
      'text-halign': 'center',
      'text-wrap': 'ellipsis',
      'text-max-width': 'data(labelWidth)',
      'min-zoomed-font-size': 7,
    },
  },
  {
    selector: 'node.area.expanded',
    style: {
      shape: 'round-rectangle',
      width: 'data(width)',
      height: 'data(height)',
      'background-color': '#f6f8fa',
      'background-opacity': 0.55,
      'border-width': 3,
      'border-color': 'data(colour)',
      'font-size': 'data(fontSize)',
      'font-weight': 'bold',
      'text-valign': 'top',
      'text-halign': 'center',
      'text-margin-y': -4,
      'text-wrap': 'ellipsis',
      'text-max-width': 'data(labelWidth)',
      'min-zoomed-font-size': 6,
    },
  },
  // an open area with no area drawn inside carries its colour as a light fill under its modules
  { selector: 'node.area.expanded.heat', style: { 'background-color': 'data(colour)', 'background-opacity': 0.3 } },
  {
    selector: 'edge',
    style: {
      width: 1,
      'line-color': MUTED_LINE,
      'target-arrow-color': MUTED_LINE,
      'target-arrow-shape': 'triangle',
      'arrow-scale': 0.7,
      'curve-style': 'straight',
      opacity: 0.3,
      'z-index-compare': 'manual',
      'z-index': Z.edges,
    },
  },
  { selector: 'node.area.stuck', style: { 'border-style': 'double', 'border-width': 7 } },
  { selector: 'edge.aggregated', style: { width: 'data(width)', opacity: 0.3 } },
  { selector: 'node:selected', style: { 'border-width': 4, 'border-color': INK } },
  { selector: 'node.module:selected', style: { 'z-index': Z.selectedModule } },
  { selector: 'edge.focus', style: { 'line-color': INK, 'target-arrow-color': INK, opacity: 0.9, 'z-index': Z.focusEdges } },
  { selector: '.faded', style: { opacity: 0.12, 'text-opacity': 0.25 } },
  { selector: 'node.blast', style: { 'border-width': 4, 'border-color': BLAST_BLUE, opacity: 1 } },
  { selector: 'node.blast-root', style: { 'border-width': 6, 'border-color': INK, opacity: 1 } },
  { selector: 'edge.blast', style: { 'line-color': BLAST_BLUE, 'target-arrow-color': BLAST_BLUE, opacity: 0.8 } },
];
