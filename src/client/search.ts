/**
 * The only search code a page loads before search is wanted: the dialog, its
 * keyboard shortcut and the highlight on a page opened from a result. The UI
 * itself (search-ui.ts), Pagefind, its WebAssembly and index metadata load
 * when the reader shows intent (hover or focus on the search button) or opens
 * search, never on page load.
 */
import type { ModularInstance } from './search-ui.ts';

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select, textarea, [tabindex]:not([tabindex="-1"])';

/**
 * <search-dialog> wraps the modal search dialog: the header's search trigger
 * opens it, Ctrl+K or Cmd+K toggles it, Esc closes it. Like <timeline-filter>,
 * it wires itself up when the page's HTML puts it in the document.
 */
class SearchDialogElement extends HTMLElement {
  #ui: Promise<ModularInstance> | undefined;
  #opener: HTMLElement | null = null;

  connectedCallback() {
    const dialog = this.querySelector('dialog');
    const mount = dialog?.querySelector<HTMLElement>('[data-search-ui]');
    if (!dialog || !mount) return;
    /** Mounts the UI, which loads Pagefind, its WebAssembly and index metadata, once. */
    const prepare = () => (this.#ui ??= import('./search-ui.ts').then(({ mountSearch }) => mountSearch(mount)));

    const open = async () => {
      if (dialog.open) return;
      this.#opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal();
      try {
        await prepare();
        dialog.querySelector<HTMLInputElement>('input')?.focus();
      } catch (error) {
        mount.textContent = (error as Error).message;
      }
    };

    for (const trigger of document.querySelectorAll<HTMLElement>('[data-search-open]')) {
      trigger.setAttribute('aria-haspopup', 'dialog');
      // Intent, not page load: hovering or focusing the button starts loading search.
      for (const intent of ['pointerenter', 'focus'])
        trigger.addEventListener(intent, () => void prepare().catch(() => {}), { once: true });
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
    dialog.addEventListener('close', () => this.#opener?.focus());
    void highlight();
  }
}

customElements.define('search-dialog', SearchDialogElement);

/**
 * On a page opened from a search result, highlight the search words with
 * Pagefind's script, in the indexed text, or on the timeline (whose events are
 * indexed one by one) in the events. Its own <style> would break the CSP, so
 * the site styles `mark.pagefind-highlight` itself (global.css).
 */
async function highlight() {
  if (!new URLSearchParams(location.search).has('highlight')) return;
  const url = '/pagefind/pagefind-highlight.js';
  const { default: PagefindHighlight } = (await import(/* @vite-ignore */ url)) as {
    default: new (options: { highlightParam: string; addStyles: boolean; markContext: string }) => unknown;
  };
  new PagefindHighlight({
    highlightParam: 'highlight',
    addStyles: false,
    markContext: '[data-pagefind-body], [data-search-highlight]',
  });
}
