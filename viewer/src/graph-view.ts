import cytoscape, { type Core, type ElementDefinition, type NodeSingular } from 'cytoscape';
import { areaBoxes, type Box } from './area-boxes.js';
import { AREA_LABEL_MAX_PX, labelInk } from './box-label.js';
import { transitiveDependents } from './blast-radius.js';
import type { ColourMetric } from './colour-metrics.js';
import { areaId, moduleId, targetOfId, type Target } from './element-ids.js';
import { graphElements } from './elements.js';
import { ancestorsOf, openingExpansion } from './expansion.js';
import { NO_FILTER, type ModuleFilter } from './filters.js';
import { GRAPH_STYLES } from './graph-styles.js';
import { metricColours, recolourAreas, type MetricColours } from './metric-colours.js';
import { modulesUnder, type ReportIndex } from './report-index.js';
import { visibleGraph, type VisibleGraph } from './visible-graph.js';

export interface GraphViewEvents {
  onTap(target: Target | null): void;
  /** after every change of what is drawn */
  onDrawn(counts: DrawnCounts): void;
}

export interface AreaOnScreen {
  path: string;
  label: string;
  colour: string;
  collapsed: boolean;
  /** filled with its colour (collapsed, or open with no area drawn inside) */
  heat: boolean;
  box: { x1: number; y1: number; x2: number; y2: number };
  labelBox: { x1: number; y1: number; x2: number; y2: number };
  /** false when the name is drawn smaller than the graph shows names */
  labelShown: boolean;
  /** the name's size on screen, in CSS pixels */
  fontPx: number;
}

export interface DrawnCounts {
  modules: number;
  areas: number;
  edges: number;
  totalEdges: number;
}

/**
 * Above this many elements, edges are hidden and the drawing is kept as a picture while panning
 * and zooming. Counted over what may be drawn (every module and link of the report, once areas
 * open), not what the first screen holds: Cytoscape reads the option once, and a repository that
 * opens as a dozen boxes draws thousands of modules as soon as one of them opens.
 */
const SMOOTH_VIEWPORT_LIMIT = 4000;
/** Above this many drawn elements, a move to the selection is a jump: each animated frame would redraw them all. */
const ANIMATED_MOVE_LIMIT = 1500;

/** The one owner of the Cytoscape instance: everything that changes the drawing goes through here. */
export class GraphView {
  private readonly cy: Core;
  private readonly boxes: Map<string, Box>;
  private expanded: Set<string>;
  private filter: ModuleFilter = NO_FILTER;
  private colours: MetricColours;
  private visible: VisibleGraph;
  private blast: { root: Target; members: Set<string> } | null = null;
  /** Until someone pans, zooms or picks something, the map is refitted whenever the canvas changes size. */
  private autoFit = true;

  constructor(container: HTMLElement, private readonly index: ReportIndex, metric: ColourMetric, private readonly events: GraphViewEvents) {
    this.boxes = areaBoxes(index);
    this.expanded = openingExpansion(index, { boxes: this.boxes, screen: { width: container.clientWidth, height: container.clientHeight } });
    this.visible = visibleGraph(index, this.expanded, this.filter);
    this.colours = metricColours(index, metric, this.visible.heatBoxes);
    const elements = graphElements(index, this.visible, this.boxes, this.colours);
    this.cy = cytoscape({
      container,
      elements,
      style: GRAPH_STYLES,
      layout: { name: 'preset' },
      minZoom: 0.01,
      maxZoom: 4,
      boxSelectionEnabled: false,
      hideEdgesOnViewport: index.modules.size + index.report.edges.length > SMOOTH_VIEWPORT_LIMIT,
      textureOnViewport: index.modules.size + index.report.edges.length > SMOOTH_VIEWPORT_LIMIT,
    });
    this.cy.on('tap', (event) => {
      if (event.target === this.cy) events.onTap(null);
      else if (event.target.isNode()) events.onTap(targetOfId((event.target as NodeSingular).id()));
    });
    this.cy.on('dbltap', 'node.area', (event) => this.toggleArea(targetOfId((event.target as NodeSingular).id())!.path));
    // once per frame however many zoom events it brings
    let capping = false;
    this.cy.on('zoom', () => {
      if (capping) return;
      capping = true;
      requestAnimationFrame(() => {
        capping = false;
        this.capLabels();
      });
    });
    for (const type of ['wheel', 'pointerdown', 'keydown'] as const) container.addEventListener(type, () => { this.autoFit = false; }, { passive: true });
    // The side panel, the limits banner or the window changing the graph's size: Cytoscape cannot
    // see it, and a map fitted to the old size would use a corner of the canvas or spill below it.
    new ResizeObserver(() => {
      this.cy.resize();
      if (this.autoFit) this.fit();
    }).observe(container);
  }

  get metricColours(): MetricColours {
    return this.colours;
  }

  counts(): DrawnCounts {
    const v = this.visible;
    return { modules: v.modules.length, areas: v.areas.size, edges: v.edges.length, totalEdges: v.totalEdges };
  }

  isExpanded(area: string): boolean {
    return this.expanded.has(area);
  }

  setMetric(metric: ColourMetric): void {
    this.colours = metricColours(this.index, metric, this.visible.heatBoxes);
    this.cy.batch(() => {
      this.cy.nodes().forEach((node) => {
        const target = targetOfId(node.id());
        const colour = target && (target.kind === 'module' ? this.colours.module : this.colours.area).get(target.path);
        if (colour) node.data({ colour, ...(node.hasClass('collapsed') ? labelInk(colour) : {}) });
      });
    });
  }

  setFilter(filter: ModuleFilter): void {
    this.filter = filter;
    this.sync();
  }

  toggleArea(path: string): void {
    if (this.expanded.has(path)) this.collapse(path);
    else this.expand([path]);
  }

  expand(paths: readonly string[]): void {
    for (const p of paths) this.expanded.add(p);
    this.sync();
  }

  collapse(path: string): void {
    const node = this.index.areaNodes.get(path);
    if (!node) return;
    for (const inner of [...this.expanded]) if (inner === path || inner.startsWith(`${path}/`)) this.expanded.delete(inner);
    this.sync();
  }

  expandAll(): void {
    this.expanded = new Set(this.index.areaNodes.keys());
    this.sync();
  }

  collapseAll(): void {
    this.expanded = new Set(['.']);
    this.sync();
    this.fit();
  }

  /** Opens the areas above a module (or area) so it is drawn; false when the filter hides it. */
  reveal(target: Target): boolean {
    const area = target.kind === 'module' ? this.index.areaOfModule.get(target.path) : this.index.areaNodes.get(target.path)?.parent;
    if (area) {
      const missing = ancestorsOf(area).filter((p) => !this.expanded.has(p));
      if (missing.length > 0) this.expand(missing);
    }
    return this.cy.getElementById(this.idOf(target)).nonempty();
  }

  /** Selects a node and brings it to the middle of the screen. */
  focus(target: Target | null): void {
    this.cy.batch(() => {
      this.cy.elements(':selected').unselect();
      this.cy.edges('.focus').removeClass('focus');
    });
    if (!target || !this.reveal(target)) return;
    this.autoFit = false;
    // the canvas may just have changed size (the panel opening): measure it now, not on the next frame
    this.cy.resize();
    const node = this.cy.getElementById(this.idOf(target));
    node.select();
    node.connectedEdges().addClass('focus');
    const zoom = target.kind === 'module' ? Math.max(this.cy.zoom(), 0.9) : Math.min(1.5, this.fitZoomFor(node));
    // centred on the box with its label, so an open area's name above the box stays on screen
    const bb = node.boundingBox({ includeLabels: true });
    const pan = { x: this.cy.width() / 2 - zoom * (bb.x1 + bb.w / 2), y: this.cy.height() / 2 - zoom * (bb.y1 + bb.h / 2) };
    this.move({ zoom, pan });
  }

  /** Zooms and pans there: animated while the drawing is small enough to redraw every frame. */
  private move(to: { zoom: number; pan: { x: number; y: number } } | { fit: { eles: cytoscape.CollectionArgument; padding: number } }): void {
    this.cy.stop(true, true);
    if (this.cy.elements().length <= ANIMATED_MOVE_LIMIT) this.cy.animate(to, { duration: 250, complete: () => this.capLabels() });
    else {
      if ('fit' in to) this.cy.fit(to.fit.eles, to.fit.padding);
      else this.cy.viewport(to);
      this.capLabels();
    }
  }

  /** Marks everything that depends, directly or not, on the target; returns those modules. */
  highlightBlast(target: Target): Set<string> {
    const roots = target.kind === 'module' ? [target.path] : modulesUnder(this.index.areaNodes.get(target.path)!);
    const members = transitiveDependents(this.index, roots);
    if (target.kind === 'area') for (const r of roots) members.delete(r);
    this.blast = { root: target, members };
    this.paintBlast();
    const shown = this.cy.nodes('.blast, .blast-root');
    if (shown.nonempty()) this.move({ fit: { eles: shown, padding: 40 } });
    return members;
  }

  clearBlast(): void {
    this.blast = null;
    this.cy.batch(() => this.cy.elements().removeClass('blast blast-root faded'));
  }

  fit(): void {
    this.cy.fit(undefined, 30);
    // now, not on the next frame: the frame about to be drawn has the names at their size
    this.capLabels();
  }

  png(): Promise<Blob> {
    return this.cy.png({ output: 'blob-promise', full: true, scale: 2, bg: '#ffffff', maxWidth: 8000, maxHeight: 8000 });
  }

  /** Resolves once the first frame with every element is drawn. */
  whenDrawn(): Promise<void> {
    return new Promise((resolve) => {
      this.cy.one('render', () => requestAnimationFrame(() => resolve()));
      this.cy.forceRender();
    });
  }

  private idOf(target: Target): string {
    return target.kind === 'module' ? moduleId(target.path) : areaId(target.path);
  }

  /**
   * Where each drawn area is on screen, its fill and its name (for the end-to-end tests, through
   * `window.blastmapInspect`): rendered boxes in CSS pixels of the graph element.
   */
  inspectAreas(): AreaOnScreen[] {
    return this.cy.nodes('.area').map((node) => {
      const box = node.renderedBoundingBox({ includeLabels: false, includeOverlays: false });
      const label = node.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false });
      const fontPx = Number(node.data('fontSize')) * this.cy.zoom();
      return {
        path: targetOfId(node.id())!.path,
        label: String(node.data('label')),
        colour: String(node.data('colour')),
        collapsed: node.hasClass('collapsed'),
        heat: node.hasClass('heat'),
        box: { x1: box.x1, y1: box.y1, x2: box.x2, y2: box.y2 },
        labelBox: { x1: label.x1, y1: label.y1, x2: label.x2, y2: label.y2 },
        labelShown: fontPx >= (node.hasClass('collapsed') ? 7 : 6),
        fontPx,
      };
    });
  }

  /** Where each drawn module's centre is on screen (CSS pixels of the graph element), for the end-to-end tests. */
  inspectModules(): { path: string; x: number; y: number }[] {
    return this.cy.nodes('.module').map((node) => ({ path: targetOfId(node.id())!.path, ...node.renderedPosition() }));
  }

  private fitZoomFor(node: NodeSingular): number {
    const bb = node.boundingBox({ includeLabels: true });
    // the box takes about two thirds of the canvas: its name stays a heading, not a poster, with context around
    return Math.min(this.cy.width() / (bb.w * 1.5), this.cy.height() / (bb.h * 1.5));
  }

  /** Brings the drawing in line with the expanded areas and the filter, touching only what changed. */
  private sync(): void {
    this.visible = visibleGraph(this.index, this.expanded, this.filter);
    this.colours = recolourAreas(this.colours, this.visible.heatBoxes);
    const wanted = graphElements(this.index, this.visible, this.boxes, this.colours);
    const wantedIds = new Set(wanted.map((e) => e.data.id!));
    this.cy.batch(() => {
      this.cy.remove(this.cy.elements().filter((e) => !wantedIds.has(e.id())));
      const added: ElementDefinition[] = [];
      for (const def of wanted) {
        const existing = this.cy.getElementById(def.data.id!);
        if (existing.empty()) {
          added.push(def);
          continue;
        }
        if (existing.isNode() && existing.hasClass('area')) this.updateArea(existing, def);
      }
      this.cy.add(added);
    });
    this.capLabels();
    if (this.blast) this.paintBlast();
    this.events.onDrawn(this.counts());
  }

  /**
   * Areas' names at their size, or at most AREA_LABEL_MAX_PX on screen; only names whose size
   * changes are touched. The cap moves in steps of a quarter octave of zoom, so a zoom gesture
   * restyles the capped names a few times, not on every frame.
   */
  private capLabels(): void {
    const largest = 2 ** (Math.floor(Math.log2(AREA_LABEL_MAX_PX / this.cy.zoom()) * 4) / 4);
    this.cy.batch(() => {
      this.cy.nodes('.area').forEach((node) => {
        const size = Math.min(Number(node.data('labelSize')), largest);
        if (Math.abs(size - Number(node.data('fontSize'))) > 0.01 * size) node.data('fontSize', size);
      });
    });
  }

  /** An area keeps its box open or closed (area-boxes.ts); only its look and name change. */
  private updateArea(node: NodeSingular, def: ElementDefinition): void {
    node.classes(def.classes ?? '');
    node.data({ label: def.data['label'], colour: def.data['colour'], labelSize: def.data['labelSize'], fontSize: def.data['fontSize'], labelWidth: def.data['labelWidth'], ink: def.data['ink'], halo: def.data['halo'] });
  }

  private paintBlast(): void {
    if (!this.blast) return;
    const marked = new Set<string>();
    for (const path of this.blast.members) {
      const drawn = this.visible.representative.get(path);
      if (drawn) marked.add(drawn);
    }
    const rootId = this.idOf(this.blast.root);
    this.cy.batch(() => {
      this.cy.elements().removeClass('blast blast-root faded');
      this.cy.nodes().forEach((node) => {
        if (node.id() === rootId) node.addClass('blast-root');
        else if (marked.has(node.id())) node.addClass('blast');
        else if (!node.hasClass('expanded')) node.addClass('faded');
      });
      this.cy.edges().forEach((edge) => {
        const inBlast = (id: string) => marked.has(id) || id === rootId;
        edge.addClass(inBlast(edge.source().id()) && inBlast(edge.target().id()) ? 'blast' : 'faded');
      });
    });
  }
}
