/**
 * Search loads on demand: Pagefind's own UI script and styles are fetched the
 * first time a reader opens search, never before.
 */

interface PagefindUIInstance {
  triggerSearch(term: string): void;
}
type PagefindUIConstructor = new (options: Record<string, unknown>) => PagefindUIInstance;

let loading: Promise<PagefindUIConstructor> | undefined;

function loadPagefindUI(): Promise<PagefindUIConstructor> {
  loading ??= new Promise((resolve, reject) => {
    const css = document.createElement('link');
    css.rel = 'stylesheet';
    css.href = '/pagefind/pagefind-ui.css';
    const script = document.createElement('script');
    script.src = '/pagefind/pagefind-ui.js';
    script.onload = () => resolve((window as unknown as { PagefindUI: PagefindUIConstructor }).PagefindUI);
    script.onerror = () => reject(new Error('The search index could not be loaded.'));
    document.head.append(css, script);
  });
  return loading;
}

/** Mounts Pagefind's UI in `element`. Result links carry ?highlight= for the page they open. */
export async function mountSearch(element: HTMLElement): Promise<PagefindUIInstance> {
  const PagefindUI = await loadPagefindUI();
  return new PagefindUI({
    element,
    showSubResults: true,
    showImages: false,
    resetStyles: false,
    highlightParam: 'highlight',
    translations: { placeholder: 'Search the explainers, timeline and glossary' },
  });
}

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select, textarea, [tabindex]:not([tabindex="-1"])';

/** The header's search trigger opens a modal dialog; Ctrl+K or Cmd+K toggles it; Esc closes it. */
export function initSearchDialog() {
  const dialog = document.querySelector<HTMLDialogElement>('dialog[data-search-dialog]');
  const mount = dialog?.querySelector<HTMLElement>('[data-search-ui]');
  if (!dialog || !mount) return;
  let ui: Promise<PagefindUIInstance> | undefined;
  let opener: HTMLElement | null = null;

  const open = async () => {
    if (dialog.open) return;
    opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog.showModal();
    try {
      ui ??= mountSearch(mount);
      await ui;
      dialog.querySelector<HTMLInputElement>('input[type="text"], input[type="search"]')?.focus();
    } catch (error) {
      mount.textContent = (error as Error).message;
    }
  };

  for (const trigger of document.querySelectorAll<HTMLElement>('[data-search-open]')) {
    trigger.setAttribute('aria-haspopup', 'dialog');
    trigger.addEventListener('click', (event) => {
      if (event.ctrlKey || event.metaKey || event.shiftKey) return; // a new tab gets the search page
      event.preventDefault();
      void open();
    });
  }

  document.addEventListener('keydown', (event) => {
    if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'k') {
      event.preventDefault();
      if (dialog.open) dialog.close();
      else void open();
    }
  });

  // Keep Tab inside the dialog: from the last control back to the first, and the other way.
  dialog.addEventListener('keydown', (event) => {
    if (event.key !== 'Tab') return;
    const items = [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.offsetParent !== null);
    if (items.length === 0) return;
    const first = items[0]!;
    const last = items[items.length - 1]!;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  });

  dialog.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close(); // a click on the backdrop
  });
  dialog.addEventListener('close', () => opener?.focus());
}

/**
 * On a page opened from a search result, highlight the search words with
 * Pagefind's script. Its own <style> would break the CSP, so the site styles
 * `mark.pagefind-highlight` itself (global.css).
 */
export async function initHighlight() {
  if (!new URLSearchParams(location.search).has('highlight')) return;
  const url = '/pagefind/pagefind-highlight.js';
  const { default: PagefindHighlight } = (await import(/* @vite-ignore */ url)) as {
    default: new (options: { highlightParam: string; addStyles: boolean }) => unknown;
  };
  new PagefindHighlight({ highlightParam: 'highlight', addStyles: false });
}
