/** Site-wide wording and navigation, in one place. */
export const SITE_NAME = 'Nagorno-Karabakh Explained';

export const NAV = [
  { href: '/explainers/', label: 'Explainers' },
  { href: '/timeline/', label: 'Timeline' },
  { href: '/glossary/', label: 'Glossary' },
  { href: '/sources/', label: 'Sources' },
  { href: '/about/', label: 'About' },
] as const;

export const CONTENT_LICENCE = { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' };
export const CODE_LICENCE = { name: 'MIT', url: 'https://opensource.org/license/mit' };
