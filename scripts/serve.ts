/**
 * Serves the production build in dist/ (DIST_DIR to change) on
 * http://localhost:4321 (PORT to change), with the headers in public/_headers: the same Content-Security-
 * Policy and security headers that a static host would send. Like such a host, it compresses text (brotli
 * when the browser accepts it), so that Lighthouse and the benchmark see the bytes a reader would.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { constants } from 'node:zlib';
import compression from 'compression';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import sirv from 'sirv';
import { headersFor, parseHeaders } from './lib/headers.ts';

const root = pathToFileURL(`${resolve(process.env.DIST_DIR ?? 'dist')}/`);
const rules = parseHeaders(readFileSync(new URL('_headers', root), 'utf8'));
const notFound = readFileSync(new URL('404.html', root));
const files = sirv(root.pathname, { dev: false, etag: true, brotli: false, gzip: false });
const port = Number(process.env.PORT ?? 4321);
/** Brotli at quality 5, about what hosts use for compression on the fly; quality 11 is for files compressed ahead. */
const compress = compression({ brotli: { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } } }) as unknown as (
  req: IncomingMessage,
  res: ServerResponse,
  next: () => void,
) => void; // typed for Express's request and response, which extend Node's and add nothing it uses

const server = createServer((req, res) => compress(req, res, () => answer(req, res)));

function answer(req: IncomingMessage, res: ServerResponse) {
  const path = new URL(req.url ?? '/', 'http://localhost').pathname;
  for (const [name, value] of headersFor(rules, path)) res.setHeader(name, value);
  // A static site answers GET and HEAD only (not TRACE, not POST), as a static host does.
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD' }).end();
    return;
  }
  const missing = () => {
    res.statusCode = 404;
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end(notFound);
  };
  // The host reads _headers and never serves it.
  if (path === '/_headers') missing();
  else files(req, res, missing);
}
// PORT=0 picks a free port; the line names the one chosen (the benchmark reads it).
server.listen(port, () => console.log(`Serving dist/ at http://localhost:${(server.address() as AddressInfo).port}/`));
