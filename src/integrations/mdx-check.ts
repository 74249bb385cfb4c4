/**
 * Checks every MDX file before @astrojs/mdx compiles it: its MDX syntax (an unclosed tag) and the
 * markup the editorial plugins refuse (a malformed citation, a misplaced <Note>, a bad attribute, a link
 * to a missing file). A fault is then reported by lib/content-error.ts, file and line first. Thrown
 * inside @astrojs/mdx, the same fault would come out with a `:0:0` location and a stack trace from
 * node_modules. Unknown ids are not checked here: src/lib/site.ts checks every reference a page
 * makes against the collections, with the line the editorial plugins collected.
 */
import { pathToFileURL } from 'node:url';
import { mdxToMdast } from 'satteri';
import { AstroError } from 'astro/errors';
import type { Plugin } from 'vite';
import { contentError, syntaxFault } from '../lib/content-error.ts';
import { editorialPlugins } from '../markdown/editorial.ts';

const mdastPlugins = editorialPlugins();

export function mdxCheck(): Plugin {
  return {
    name: 'mdx-check',
    enforce: 'pre',
    async transform(code, id) {
      if (!id.endsWith('.mdx')) return;
      // Sätteri's parser, as in the compile; it reads the frontmatter itself, so lines are those of the file.
      try {
        await mdxToMdast(code, { mdastPlugins, fileURL: pathToFileURL(id) });
      } catch (e) {
        if (e instanceof AstroError) throw e;
        throw contentError(
          { file: id, ...syntaxFault((e as Error).message) },
          'Close every component: <KeyFacts>…</KeyFacts>, or <Place id="…" /> with its slash; leave a blank line after an opening tag and before a closing one.',
        );
      }
    },
  };
}
