/**
 * Builds the Pagefind index over the finished site, with Pagefind's Node API.
 * Only elements marked data-pagefind-body are indexed, and citation numbers,
 * note letters and the "#" links on headings never are (excluded here rather than by an
 * attribute on each of hundreds of them). Any Pagefind error fails the build.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefindApi from 'pagefind';

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
          const written = await index.writeFiles({ outputPath: `${out}/pagefind` });
          if (written.errors.length) throw new Error(`Pagefind failed to write: ${written.errors.join('; ')}`);
          logger.info(`Indexed ${added.page_count} pages.`);
        } finally {
          // Stops Pagefind's service even when indexing failed, so that the build exits.
          await pagefindApi.close();
        }
      },
    },
  };
}
