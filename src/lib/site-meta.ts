/** The site's name, title rule, navigation and licences; the navigation's wording is in src/i18n/en.ts. */
import { t } from '../i18n/index.ts';
export const SITE_NAME = 'Nagorno-Karabakh Explained';

/** Longest <title> that search engines and browser tabs show in full. */
export const TITLE_MAX = 70;

/** The document title: "Page · Site" when that fits in TITLE_MAX characters, else the page title alone. */
export function documentTitle(title: string): string {
  const full = `${title} · ${SITE_NAME}`;
  return title === SITE_NAME || full.length > TITLE_MAX ? title : full;
}

export const NAV = [
  { href: '/explainers/', label: t('nav.explainers') },
  { href: '/timeline/', label: t('nav.timeline') },
  { href: '/documents/', label: t('nav.documents') },
  { href: '/glossary/', label: t('nav.glossary') },
  { href: '/sources/', label: t('nav.sources') },
  { href: '/about/', label: t('nav.about') },
] as const;

export const CONTENT_LICENCE = { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' };
export const CODE_LICENCE = { name: 'MIT', url: 'https://opensource.org/license/mit' };
