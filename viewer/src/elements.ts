import type { ElementDefinition } from 'cytoscape';
import { areaLabelSize, moduleDiameter } from '../../analyzer/report/layout/node-size.js';
import type { AreaTreeNode } from '../../analyzer/report/layout/area-tree.js';
import type { Box } from './area-boxes.js';
import { boxLabel, boxLabelSize, boxLabelWidth, labelInk, largestLabel } from './box-label.js';
import { areaId, moduleId } from './element-ids.js';
import { baseName, formatCount } from './format.js';
import type { MetricColours } from './metric-colours.js';
import type { ReportIndex } from './report-index.js';
import type { VisibleEdge, VisibleGraph } from './visible-graph.js';

/** Data carried by every node; styles read these fields. */
export interface NodeData {
  id: string;
  label: string;
  colour: string;
  size: number;
  width: number;
  height: number;
  /** areas: labels scale with the box, so the map of areas reads when zoomed out */
  labelSize: number;
  /** areas: the size the name is drawn at, labelSize capped so that zoomed in it stays a heading (graph-view.ts) */
  fontSize?: number;
  labelWidth: number;
  /** collapsed areas: the name's colour and outline, readable on the fill */
  ink?: string;
  halo?: string;
  /** areas: how many areas hold this one; an area is drawn over the areas around it (see graph-styles.ts) */
  depth?: number;
}

export function moduleElement(index: ReportIndex, path: string, colours: MetricColours): ElementDefinition {
  const m = index.modules.get(path)!;
  const size = moduleDiameter(m.graph.blastRadius, index.maxBlastRadius);
  const data: NodeData = {
    id: moduleId(path),
    label: baseName(path),
    colour: colours.module.get(path)!,
    size,
    width: size,
    height: size,
    labelSize: 10,
    labelWidth: 140,
  };
  return {
    group: 'nodes',
    data,
    position: { ...(index.positions.get(path) ?? { x: 0, y: 0 }) },
    classes: `module level-${m.risk.level ?? 'none'}${m.kind !== 'source' ? ` ${m.kind}` : ''}`,
  };
}

export function areaElement(index: ReportIndex, path: string, expanded: boolean, box: Box, colours: MetricColours, heat = !expanded, largest?: number): ElementDefinition {
  const node = index.areaNodes.get(path)!;
  const count = index.areas.get(path)?.modules;
  // stuck: a rater said 3 (reviewing) four ISO weeks running (areas[].familiarity)
  const stuck = index.areas.get(path)?.familiarity?.stuck === true;
  const name = stuck ? `${node.label} · stuck` : node.label;
  const closed = boxLabel(name, count === undefined ? null : formatCount(count), box.width, box.height, largest);
  const label = expanded ? name : closed.label;
  const colour = colours.area.get(path)!;
  // an open area's name sits above its box, as wide as the box at most
  const labelSize = expanded ? Math.min(areaLabelSize(box.width, box.height), boxLabelSize(label, box.width, box.height * 3)) : closed.size;
  const data: NodeData = {
    id: areaId(path),
    label,
    colour,
    ...(expanded ? {} : labelInk(colour)),
    size: Math.min(box.width, box.height),
    width: box.width,
    height: box.height,
    labelSize,
    fontSize: labelSize,
    labelWidth: boxLabelWidth(box.width),
    depth: depthOf(node),
  };
  return {
    group: 'nodes',
    data,
    position: { x: box.x, y: box.y },
    // the box stays where its modules are (an area is not a compound that would carry them along);
    // a drag that starts on it pans the map, which an open area may fill
    grabbable: false,
    pannable: true,
    classes: `area ${expanded ? 'expanded' : 'collapsed'}${heat ? ' heat' : ''}${stuck ? ' stuck' : ''}`,
  };
}

function depthOf(node: AreaTreeNode): number {
  let depth = 0;
  for (let p = node.parent; p && p.parent !== null; p = p.parent) depth++;
  return depth;
}

export function edgeElement(edge: VisibleEdge): ElementDefinition {
  return {
    group: 'edges',
    data: { id: edge.id, source: edge.source, target: edge.target, imports: edge.imports, width: Math.min(8, 1 + Math.log2(edge.imports)) },
    classes: edge.aggregated ? 'aggregated' : 'import',
  };
}

/**
 * All elements of a visible graph, outer areas before inner ones. An open area is a plain node the
 * size of its box (area-boxes.ts), not a Cytoscape compound: see docs/viewer.md.
 */
export function graphElements(index: ReportIndex, graph: VisibleGraph, boxes: Map<string, Box>, colours: MetricColours): ElementDefinition[] {
  const out: ElementDefinition[] = [];
  let extent = 0;
  for (const box of boxes.values()) extent = Math.max(extent, box.width, box.height);
  const largest = largestLabel(extent);
  for (const [, { node, expanded }] of graph.areas) {
    const box = boxes.get(node.path);
    if (box) out.push(areaElement(index, node.path, expanded, box, colours, graph.heatBoxes.has(node.path), largest));
  }
  for (const path of graph.modules) out.push(moduleElement(index, path, colours));
  for (const edge of graph.edges) out.push(edgeElement(edge));
  return out;
}
