import type { Target } from '../element-ids.js';

/** What a panel can ask the app to do. */
export interface PanelActions {
  navigate(target: Target): void;
  highlightBlast(target: Target): void;
  clearBlast(): void;
  toggleArea(path: string): void;
  isExpanded(path: string): boolean;
  linkTo(target: Target): string;
}
