/**
 * Builds the Pagefind index over the finished site, with Pagefind's Node API.
 * Only elements marked data-pagefind-body are indexed, and citation numbers,
 * note letters and the "#" links on headings never are (excluded here rather than by an
 * attribute on each of hundreds of them). Each timeline event is a record of its
 * own at /timeline/#<event id>, read from /search/timeline.json
 * (src/lib/timeline-search.ts), which is then deleted. Any Pagefind error fails the build.
 */
import type { AstroIntegration } from 'astro';
import { readFile, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import * as pagefindApi from 'pagefind';
import type { SearchRecord } from '../lib/timeline-search.ts';

/** The built file that carries the timeline's records to this integration. */
const TIMELINE_RECORDS = 'search/timeline.json';

export function pagefind(): AstroIntegration {
  return {
    name: 'pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        try {
          const { index, errors } = await pagefindApi.createIndex({
            excludeSelectors: ['.cite', '.note-mark', '.heading-anchor'],
          });
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: out });
          if (added.errors.length) throw new Error(`Pagefind failed to index: ${added.errors.join('; ')}`);
          const records = JSON.parse(await readFile(`${out}/${TIMELINE_RECORDS}`, 'utf8')) as SearchRecord[];
          for (const { url, html } of records) {
            const file = await index.addHTMLFile({ url, content: html });
            if (file.errors.length) throw new Error(`Pagefind failed to index ${url}: ${file.errors.join('; ')}`);
          }
          await rm(`${out}/${TIMELINE_RECORDS}`);
          const written = await index.writeFiles({ outputPath: `${out}/pagefind` });
          if (written.errors.length) throw new Error(`Pagefind failed to write: ${written.errors.join('; ')}`);
          logger.info(`Indexed ${added.page_count} pages and ${records.length} timeline events.`);
        } finally {
          // Stops Pagefind's service even when indexing failed, so that the build exits.
          await pagefindApi.close();
        }
      },
    },
  };
}
