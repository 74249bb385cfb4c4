/**
 * Checks every MDX file before @astrojs/mdx compiles it: its MDX syntax (an unclosed tag) and the
 * markup remark-editorial refuses (a malformed citation, a misplaced <Note>, a bad attribute, a link
 * to a missing file). A fault is then reported by lib/content-error.ts, file and line first. Thrown
 * inside @astrojs/mdx, the same fault would come out with a `:0:0` location and a stack trace from
 * node_modules. Unknown ids are not checked here: src/lib/site.ts checks every reference a page
 * makes against the collections, with the line remark-editorial collected.
 */
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { createProcessor } from '@mdx-js/mdx';
import type { Plugin } from 'vite';
import { contentError, syntaxFault, type SyntaxMessage } from '../lib/content-error.ts';
import { remarkEditorial } from '../markdown/remark-editorial.ts';

/** Only its parser is used: the editorial checks then run on the syntax tree, without compiling. */
const processor = createProcessor();
const editorial = remarkEditorial();

export function mdxCheck(): Plugin {
  return {
    name: 'mdx-check',
    enforce: 'pre',
    transform(code, id) {
      if (!id.endsWith('.mdx')) return;
      // Frontmatter blanked out, so that line numbers stay those of the file.
      const file = {
        path: id,
        cwd: process.cwd(),
        data: {},
        value: parseFrontmatter(code, { frontmatter: 'empty-with-spaces' }).content,
      };
      let tree: ReturnType<typeof processor.parse>;
      try {
        tree = processor.parse(file);
      } catch (e) {
        throw contentError(
          { file: id, ...syntaxFault(e as SyntaxMessage) },
          'Close every component: <KeyFacts>…</KeyFacts>, or <Place id="…" /> with its slash; leave a blank line after an opening tag and before a closing one.',
        );
      }
      editorial(tree as Parameters<typeof editorial>[0], file);
    },
  };
}
