/**
 * The search UI, loaded on intent (see search.ts): Pagefind's Modular UI, its
 * styles and the index. Results are drawn by `renderResult`, which adds
 * sub-results (the section of a page, or the event on the timeline); Pagefind
 * itself adds one ?highlight= per word of the query to every result's address
 * (its `highlightParam` option). "Did you mean" follows a query that finds no match.
 */
import { suggest, titleMatches } from '../lib/suggest.ts';

interface PagefindResult {
  url: string;
  meta: { title?: string };
  excerpt: string;
  sub_results?: { title: string; url: string; excerpt: string }[];
}
/** The parts of Pagefind's own API (pagefind.js) the site calls beside the Modular UI. */
interface Pagefind {
  options(options: typeof OPTIONS): Promise<void>;
  preload(term: string): Promise<void>;
}
export interface ModularInstance {
  add(component: unknown): void;
  on(event: 'search', fn: (term: string) => void): void;
  on(event: 'filters', fn: () => void): void;
  on(event: 'results', fn: (search: { results: { data(): Promise<PagefindResult> }[] }) => void): void;
  /** The query of the latest search. */
  readonly searchTerm: string;
  triggerSearch: (term: string) => void;
  triggerLoad(): void;
}
interface ModularUI {
  Instance: new (options: { bundlePath: string } & typeof OPTIONS) => ModularInstance;
  Input: new (options: { containerElement: string; debounceTimeoutMs: number }) => unknown;
  Summary: new (options: { containerElement: string }) => unknown;
  FilterPills: new (options: { containerElement: string; filter: string }) => unknown;
  ResultList: new (options: {
    containerElement: string;
    resultTemplate: (r: PagefindResult) => HTMLElement;
    placeholderTemplate: () => HTMLElement;
  }) => unknown;
}

/**
 * Pagefind's ranking, tuned so that any name of a place ranks its short page
 * first and the long explainers that discuss it next: a weak page-length
 * penalty (default 0.75) and a slower saturation of repeated words (default 1.4);
 * and a smaller boost for a query word in a title (default 5), or the timeline's
 * events, each a short record titled with a place's name, outrank every explainer.
 * tests/e2e/search.spec.ts checks the order for names in every script.
 */
const RANKING = { pageLength: 0.1, termSaturation: 1.6, metaWeights: { title: 3 } };

/** Pagefind's options; the Modular UI passes them to Pagefind too, and the preload below sets them first. */
const OPTIONS = { ranking: RANKING, highlightParam: 'highlight' };

/** The longest query: longer input is cut by the box itself, and the page says so. */
const MAX_QUERY = 200;

/**
 * The wait after a keystroke before searching (Pagefind's default is 300 ms):
 * long enough to skip most keystrokes of a fast typist, short enough not to be felt.
 * Pagefind fetches the query's index chunks during it (see `preload`).
 */
const DEBOUNCE_MS = 40;

/** The results whose text is fetched as soon as they are found, before the list asks for the rows in view. */
const FIRST_SCREEN = 3;

let loading: Promise<ModularUI> | undefined;
let pagefind: Promise<Pagefind> | undefined;

/** Pagefind's own module: the same one the Modular UI imports from its bundlePath, with the same options. */
function loadPagefind(): Promise<Pagefind> {
  const url = '/pagefind/pagefind.js';
  pagefind ??= (import(/* @vite-ignore */ url) as Promise<Pagefind>).then(async (pf) => {
    await pf.options(OPTIONS);
    return pf;
  });
  return pagefind;
}

function loadModularUI(): Promise<ModularUI> {
  loading ??= new Promise((resolve, reject) => {
    const css = document.createElement('link');
    css.rel = 'stylesheet';
    css.href = '/pagefind/pagefind-modular-ui.css';
    const script = document.createElement('script');
    script.src = '/pagefind/pagefind-modular-ui.js';
    script.onload = () => resolve((window as unknown as { PagefindModularUI: ModularUI }).PagefindModularUI);
    script.onerror = () => reject(new Error('The search index could not be loaded.'));
    document.head.append(css, script);
  });
  return loading;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string) {
  const el = document.createElement(tag);
  el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}

/** One result: its title as a link, Pagefind's excerpt (with <mark>s), and up to three sub-results. */
function renderResult(result: PagefindResult): HTMLElement {
  const li = element('li', 'search-result');
  const title = li.appendChild(element('p', 'search-result-title'));
  const link = title.appendChild(element('a', 'search-result-link', result.meta.title ?? result.url));
  link.href = result.url;
  // Pagefind's excerpt is the indexed page's own text, escaped, with <mark> around the matches.
  li.appendChild(element('p', 'search-result-excerpt')).innerHTML = result.excerpt;
  const subs = (result.sub_results ?? []).filter((s) => s.url !== result.url).slice(0, 3);
  if (subs.length > 0) {
    const list = li.appendChild(element('ul', 'search-subresults'));
    for (const sub of subs) {
      const item = list.appendChild(element('li', 'search-subresult'));
      const a = item.appendChild(element('a', 'search-subresult-link', sub.title));
      a.href = sub.url;
      item.appendChild(element('p', 'search-result-excerpt')).innerHTML = sub.excerpt;
    }
  }
  return li;
}

let names: Promise<string[]> | undefined;

/**
 * When the first results have no title that matches the query (or there are
 * none), offers the closest names of places, people and terms as links that
 * run that search. The list of names loads only then.
 */
async function didYouMean(first: Promise<PagefindResult>[], current: () => string, out: HTMLElement) {
  const term = current();
  out.replaceChildren();
  if (term.trim().length < 4) return;
  const top = await Promise.all(first);
  if (top.some((r) => titleMatches(r.meta.title ?? '', term))) return;
  names ??= fetch('/search/names.json').then((r) => r.json() as Promise<string[]>);
  const found = suggest(term, await names);
  if (term !== current() || found.length === 0) return;
  out.append('Did you mean ');
  found.forEach((name, i) => {
    if (i > 0) out.append(i === found.length - 1 ? ' or ' : ', ');
    const a = out.appendChild(element('a', 'search-suggestion', name));
    a.href = `/search/?q=${encodeURIComponent(name)}`;
    a.dataset.suggestion = name;
  });
  out.append('?');
}

/** A result still loading: an empty grey row, hidden from screen readers (Pagefind's own is read out as dots). */
function placeholderTemplate(): HTMLElement {
  const li = element('li', 'search-placeholder');
  li.setAttribute('aria-hidden', 'true');
  li.dataset.pfmodLoading = '';
  return li;
}

/**
 * Makes the newest search the one shown. The Modular UI numbers a search only
 * once Pagefind has loaded, polling every 50 ms until then, so of the searches
 * made while it loads any one could be drawn last: "Karabakh" typed after
 * "Shusha" could show Shusha's results under "results for Karabakh". Until the
 * instance has loaded (its first `filters` event), searches wait here and only
 * the newest runs; after that they run at once, in the order they are made.
 */
function searchInOrder(instance: ModularInstance) {
  const search = instance.triggerSearch.bind(instance);
  let loaded = false;
  let waiting: string | undefined;
  instance.on('filters', () => {
    if (loaded) return;
    loaded = true;
    if (waiting !== undefined) search(waiting);
  });
  instance.triggerSearch = (term) => {
    if (loaded) search(term);
    else waiting = term;
  };
  instance.triggerLoad();
}

/** Mounts the search UI in `root`, whose id prefixes the parts' ids. */
export async function mountSearch(root: HTMLElement): Promise<ModularInstance> {
  const M = await loadModularUI();
  const id = root.id;
  root.classList.add('search-ui');
  root.innerHTML = [
    `<div id="${id}-input"></div>`,
    `<div id="${id}-filters"></div>`,
    `<p id="${id}-hint" class="search-hint">`,
    `Names in any script: Latin, Armenian, Azerbaijani or Cyrillic. Up to ${MAX_QUERY} characters.</p>`,
    `<p id="${id}-summary" class="search-summary" role="status"></p>`,
    `<p class="search-suggest" aria-live="polite"></p>`,
    `<ul id="${id}-results" class="search-results"></ul>`,
  ].join('');
  // Pagefind appends one `highlight` parameter per word (the query split at spaces) to each result's address, before any #fragment.
  const instance = new M.Instance({ bundlePath: '/pagefind/', ...OPTIONS });
  searchInOrder(instance);
  const suggestions = root.querySelector<HTMLElement>('.search-suggest')!;
  instance.on('results', (search) => {
    // Results for a word still being typed on are replaced soon: they fetch nothing more and suggest nothing.
    if (instance.searchTerm !== root.querySelector('input')?.value) return suggestions.replaceChildren();
    // The first results fetch their text now rather than when the list has laid out placeholders and seen
    // them in view; Pagefind keeps each page's text, so the list's own request for it waits on this one.
    const first = search.results.slice(0, FIRST_SCREEN).map((r) => r.data());
    void didYouMean(first, () => instance.searchTerm, suggestions);
  });
  suggestions.addEventListener('click', (event) => {
    const link = (event.target as HTMLElement).closest<HTMLAnchorElement>('a[data-suggestion]');
    if (!link || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    instance.triggerSearch(link.dataset.suggestion!);
    root.querySelector('input')?.focus();
  });
  instance.add(new M.Input({ containerElement: `#${id}-input`, debounceTimeoutMs: DEBOUNCE_MS }));
  const input = root.querySelector('input');
  input?.setAttribute('maxlength', String(MAX_QUERY));
  input?.setAttribute('aria-describedby', `${id}-hint`);
  // While the box waits out the debounce, Pagefind fetches the index chunks the query needs.
  input?.addEventListener('input', () => {
    const term = input.value.slice(0, MAX_QUERY);
    // A failed preload costs nothing: the search itself fetches what it needs, and says if it cannot.
    if (term.trim())
      loadPagefind()
        .then((pf) => pf.preload(term))
        .catch(() => {});
  });
  // No results reach FilterPills before the filters have (searchInOrder): README, Notes, says why that matters.
  instance.add(new M.FilterPills({ containerElement: `#${id}-filters`, filter: 'section' }));
  instance.add(new M.Summary({ containerElement: `#${id}-summary` }));
  instance.add(
    new M.ResultList({ containerElement: `#${id}-results`, resultTemplate: renderResult, placeholderTemplate }),
  );
  return instance;
}

/**
 * <search-page> is the /search/ page's search: it mounts the UI in place of
 * the no-JavaScript notice, runs the search in ?q= on load, and keeps ?q= in
 * step with the box, so that the address can be shared and the browser's
 * address bar can search the site (public/opensearch.xml).
 */
class SearchPageElement extends HTMLElement {
  async connectedCallback() {
    const root = this.querySelector<HTMLElement>('[data-search-page]');
    if (!root) return;
    const ui = await mountSearch(root);
    this.querySelector('[data-search-fallback]')?.remove();
    ui.on('search', (term) =>
      history.replaceState(null, '', term ? `?q=${encodeURIComponent(term)}` : location.pathname),
    );
    const q = (new URLSearchParams(location.search).get('q') ?? '').trim().slice(0, MAX_QUERY);
    if (q) ui.triggerSearch(q);
  }
}

customElements.define('search-page', SearchPageElement);
