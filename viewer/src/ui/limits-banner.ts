import type { BannerContent } from '../limits-banner.js';
import { byId, h, replaceChildren } from './dom.js';

/** The limits banner under the header, shown on the first screen until dismissed. Text only. */
export function renderLimitsBanner(content: BannerContent | null): void {
  const banner = byId('limits');
  if (content === null) {
    banner.hidden = true;
    return;
  }
  const dismiss = h('button', { class: 'button small', attrs: { type: 'button', 'data-testid': 'limits-dismiss' }, onClick: () => { banner.hidden = true; } }, 'Dismiss');
  replaceChildren(banner,
    h('div', { class: 'limits-head' }, h('strong', {}, content.title), dismiss),
    h('ul', { class: 'limits-list' }, ...content.items.map((item) => h('li', { attrs: { 'data-code': item.code } },
      h('strong', {}, item.headline), ' ', item.affects,
      item.details.length > 0 ? h('span', { class: 'limits-detail' }, ` ${item.details.join(' · ')}`) : null))));
  banner.hidden = false;
}
