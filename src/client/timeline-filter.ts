/**
 * <timeline-filter> filters the timeline in place. Its filter links lead to
 * the pre-built pages (/timeline/period/<id>/, /timeline/place/<id>/), which
 * is how filtering works without JavaScript; with it, a click hides the
 * events that do not match instead, and the address keeps the filter as
 * ?period= and ?place=, read again on load.
 */
import {
  eventCount,
  filterFromSearch,
  matchesFilter,
  searchWithFilter,
  showing,
  type TimelineFilter,
} from '../lib/timeline.ts';

type Key = keyof TimelineFilter;

class TimelineFilterElement extends HTMLElement {
  #filter: TimelineFilter = {};

  connectedCallback() {
    const fromUrl = filterFromSearch(location.search);
    for (const key of ['period', 'place'] as const) {
      if (fromUrl[key] && this.#link(key, fromUrl[key])) this.#filter[key] = fromUrl[key];
    }
    this.#apply();
    this.addEventListener('click', (event) => {
      const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-filter]');
      if (!link || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return; // a new tab gets the pre-built page
      event.preventDefault();
      this.#filter = { ...this.#filter, [link.dataset.filter as Key]: link.dataset.value || undefined };
      this.#apply();
      history.replaceState(history.state, '', `${location.pathname}${searchWithFilter(location.search, this.#filter)}`);
    });
  }

  #link(key: Key, value: string) {
    return [...this.querySelectorAll<HTMLAnchorElement>(`a[data-filter="${key}"]`)].find(
      (a) => a.dataset.value === value,
    );
  }

  #apply() {
    let shown = 0;
    let total = 0;
    for (const section of this.querySelectorAll<HTMLElement>('section[data-period]')) {
      let inSection = 0;
      for (const item of section.querySelectorAll<HTMLElement>('.tl-event')) {
        const match = matchesFilter(
          { period: section.dataset.period!, places: (item.dataset.places ?? '').split(' ') },
          this.#filter,
        );
        item.hidden = !match;
        if (match) inSection++;
        total++;
      }
      section.hidden = inSection === 0;
      section.querySelector('[data-count]')!.textContent = eventCount(inSection);
      shown += inSection;
    }
    for (const link of this.querySelectorAll<HTMLAnchorElement>('a[data-filter]')) {
      const current = (this.#filter[link.dataset.filter as Key] ?? '') === link.dataset.value;
      if (current) link.setAttribute('aria-current', 'true');
      else link.removeAttribute('aria-current');
    }
    if (this.#filter.place) this.querySelector('details')?.setAttribute('open', '');
    this.querySelector('[role="status"]')!.textContent = showing(shown, total);
  }
}

customElements.define('timeline-filter', TimelineFilterElement);
