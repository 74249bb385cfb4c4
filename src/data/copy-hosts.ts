/**
 * Hosts that serve copies, caches, previews or mirrors of other publishers'
 * pages. A source's `url` must never be on one of them: cite the original
 * publisher's page as `url` and, where only the copy could be read, the copy
 * as `readAt`. A host matches itself and every subdomain. Raw IP addresses
 * are refused as well (see `copyHost()` in src/lib/source-checks.ts).
 */
export const COPY_HOSTS: Record<string, string> = {
  // Document-sharing sites: uploads of other bodies' reports and papers.
  'docslib.org': 'a document-sharing site that re-hosts other publishers’ documents',
  'vdocuments.us': 'a document-sharing site that re-hosts other publishers’ documents',
  'vdocuments.net': 'a document-sharing site that re-hosts other publishers’ documents',
  // Wikipedia mirrors and scrapers.
  'wikimili.com': 'a Wikipedia mirror',
  'piglix.com': 'a Wikipedia mirror',
  'memim.com': 'a machine translation of Wikipedia',
  'enacademic.com': 'a copy of Wikipedia inside a dictionary site',
  'liquisearch.com': 'a Wikipedia mirror',
  'factsnippet.com': 'sentences scraped from Wikipedia',
  'hubbry.com': 'a Wikipedia mirror',
  'mapnall.com': 'a copy of Wikipedia articles',
  'kampuspedia.com': 'a copy of Wikipedia',
  'wikisum.wiki': 'machine summaries of Wikipedia',
  'wikivisually.com': 'a Wikipedia mirror',
  'wikiclassic.com': 'a Wikipedia mirror',
  'enwikipedia.net': 'a Wikipedia mirror',
  'zxc.wiki': 'a machine translation of Wikipedia',
  'xcv.wiki': 'a machine translation of Wikipedia',
  'wiki7.org': 'a machine translation of Wikipedia',
  'wiki.li': 'a Wikipedia mirror',
  'wiki.x.io': 'a Wikipedia proxy',
  'nina.az': 'a Wikipedia mirror',
  'soft.lk': 'a copy of Wikipedia',
  'worldplacestour.com': 'a copy of Wikipedia',
  'classicistranieri.com': 'an old copy of Wikipedia',
  'feverous.co.uk': 'a research snapshot of Wikipedia',
  'datana.cloud': 'a Wikipedia mirror',
  'clateway.com': 'a Wikipedia mirror',
  'dnhewrhegkli.shop': 'a Wikipedia mirror on a throwaway domain',
  'graphsearch.epfl.ch': 'a copy of Wikipedia inside a search tool',
  'worldlibrary.org': 'the "World Heritage Encyclopedia", a copy of Wikipedia',
  'self.gutenberg.org': 'the "World Heritage Encyclopedia", a copy of Wikipedia',
  // IPFS gateways: snapshots, not the publisher's page.
  'ipfs.io': 'an IPFS gateway serving a snapshot',
  'dweb.link': 'an IPFS gateway serving a snapshot',
  'cloudflare-ipfs.com': 'an IPFS gateway serving a snapshot',
  // Kiwix (offline Wikipedia) copies on private hosts.
  'iiab.live': 'a Kiwix offline copy of Wikipedia',
  'kiwix.casplantje.nl': 'a Kiwix offline copy of Wikipedia',
  'home.cydlabs.com': 'a Kiwix offline copy of Wikipedia',
  'wiki.inamatrix.xyz': 'a Kiwix offline copy of Wikipedia',
  'wiki.outremer.quest': 'a Kiwix offline copy of Wikipedia',
  'nextcloud.domilabs.xyz': 'an offline copy of Wikipedia on a private cloud',
  // CDN buckets and caches.
  'cloudfront.net': 'a CDN bucket, here a Wikipedia mirror, not a publisher’s address',
  'cc.bingj.com': 'Bing’s search-engine cache',
  'webcache.googleusercontent.com': 'Google’s search-engine cache',
  'rssing.com': 'an RSS feed mirror',
  'freenews-en.tk': 'a content farm that rewrites other outlets’ stories',
  'travel-images.com': 'a travel site that reposts other sites’ pages (azerb.com’s, for one)',
  'lfwp.net': 'a copy of other outlets’ articles',
  'armenianclub.com': 'a site that reposts other outlets’ articles without their addresses',
  'armeniandiaspora.com': 'a forum whose posts repost other outlets’ articles',
  'newlib.net': 'an online library of uploaded copies of other publishers’ books',
  'hozir.org': 'a document-sharing site with uploaded copies of other publishers’ books',
  'wikisource.org': 'Wikisource: volunteer transcriptions of texts first published by others',
  // CMS preview and staging hosts: unpublished or duplicate addresses of a real site.
  'pangea-cms.com': 'the preview host of the CMS used by RFE/RL and VOA',
  'vecto.digital': 'a staging host (OC Media’s site before publication)',
  'test.pax.peaceagreements.org': 'the test host of the PA-X peace agreements database (pax.peaceagreements.org)',
};

/**
 * Sources whose original page has not been found yet, so that only a copy
 * can be cited: each keeps the copy as both `url` and `readAt`, the page says
 * so, and the build lists them as a warning. Remove an entry once the
 * original is found. Never add one without searching for the original.
 */
export const PENDING_ORIGINALS: Record<string, string> = {};
