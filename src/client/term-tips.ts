/**
 * Glossary previews (Term.astro) show on hover and focus with CSS alone;
 * Escape hides an open one without moving focus or the pointer (WCAG 1.4.13),
 * until focus moves or the pointer leaves the terms.
 */
export function initTermTips() {
  const root = document.documentElement;
  document.addEventListener('keydown', (e) => e.key === 'Escape' && root.classList.add('tips-off'));
  document.addEventListener('focusin', () => root.classList.remove('tips-off'));
  document.addEventListener(
    'pointerover',
    (e) => !(e.target as Element).closest('.term') && root.classList.remove('tips-off'),
  );
}
