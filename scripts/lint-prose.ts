/** `npm run lint:prose [files…]`: the prose lint (src/lib/prose-lint.ts) over the explainers and the home page, or the MDX files named. */
import { readdirSync, readFileSync } from 'node:fs';
import { lintProse } from '../src/lib/prose-lint.ts';

const mdxIn = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => dir + f);
const files =
  process.argv.length > 2 ? process.argv.slice(2) : [...mdxIn('content/explainers/'), ...mdxIn('content/home/')];
let count = 0;
for (const file of files) {
  for (const f of lintProse(readFileSync(file, 'utf8'))) {
    console.log(`${file}:${f.line}: ${f.rule} "${f.words}"`);
    count++;
  }
}
console.log(
  count === 0
    ? 'prose lint: no findings'
    : `prose lint: ${count} findings (allow one only with a reason: {/* prose-allow word: reason */})`,
);
process.exitCode = count === 0 ? 0 : 1;
