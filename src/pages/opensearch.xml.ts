/**
 * /opensearch.xml: an OpenSearch description, so that browsers can offer the
 * site's search from the address bar. Built, not a file in public/, because
 * the addresses must be absolute and carry the site's URL (SITE_URL).
 */
import type { APIRoute } from 'astro';
import { SITE_NAME } from '../lib/site-meta.ts';
import { escapeMarkup } from '../lib/escape.ts';

export const GET: APIRoute = ({ site }) => {
  const url = (path: string) => escapeMarkup(new URL(path, site).href);
  const body = `<?xml version="1.0" encoding="UTF-8"?>
<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/" xmlns:moz="http://www.mozilla.org/2006/browser/search/">
  <ShortName>NK Explained</ShortName>
  <Description>Search ${escapeMarkup(SITE_NAME)}: explainers, timeline, places, people, glossary and sources.</Description>
  <InputEncoding>UTF-8</InputEncoding>
  <Image width="16" height="16" type="image/svg+xml">${url('/favicon.svg')}</Image>
  <Url type="text/html" method="get" template="${url('/search/')}?q={searchTerms}"/>
  <Url type="application/opensearchdescription+xml" rel="self" template="${url('/opensearch.xml')}"/>
  <moz:SearchForm>${url('/search/')}</moz:SearchForm>
</OpenSearchDescription>
`;
  return new Response(body, { headers: { 'Content-Type': 'application/opensearchdescription+xml; charset=utf-8' } });
};
