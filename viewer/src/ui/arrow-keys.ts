/**
 * Arrow keys move the focus between the buttons matching `selector` inside `container`; Home and
 * End jump to the first and last. Enter and Space stay the buttons' own (they pick).
 */
export function arrowKeys(container: HTMLElement, selector: string): void {
  container.addEventListener('keydown', (event) => {
    const items = [...container.querySelectorAll<HTMLElement>(selector)];
    const at = items.indexOf(document.activeElement as HTMLElement);
    if (at < 0) return;
    const to = event.key === 'ArrowDown' ? at + 1 : event.key === 'ArrowUp' ? at - 1 : event.key === 'Home' ? 0 : event.key === 'End' ? items.length - 1 : null;
    if (to === null) return;
    event.preventDefault();
    items[Math.max(0, Math.min(items.length - 1, to))]!.focus();
  });
}
