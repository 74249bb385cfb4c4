/**
 * The one module every page loads, so that a page fetches its JavaScript in
 * one request with no chain of imports behind it (issue 20): it wires the theme
 * toggle, the glossary previews' Escape key and the search dialog. Search itself
 * (search-ui.ts, Pagefind) loads only when the reader shows intent (search.ts).
 * Nothing here is needed to read a page.
 */
import { initThemeToggle } from './theme.ts';
import { initTermTips } from './term-tips.ts';
import './search.ts';

initThemeToggle();
initTermTips();
