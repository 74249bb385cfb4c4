/** `npm run words`: each explainer's running text and In short, against the limits of tests/build/explainers.test.ts. */
import { readdirSync, readFileSync } from 'node:fs';
import { explainerLength, lengthProblems, LIMITS } from '../src/lib/explainer-length.ts';
import { entryNames } from './lib/entry-names.ts';

const dir = new URL('../content/explainers/', import.meta.url);
const nameOf = entryNames(new URL('../content/', import.meta.url).pathname);
let failed = false;
for (const file of readdirSync(dir).filter((f) => f.endsWith('.mdx'))) {
  const length = explainerLength(readFileSync(new URL(file, dir), 'utf8'), nameOf);
  const problems = lengthProblems(length);
  failed ||= problems.length > 0;
  console.log(
    `${file}: running text ${length.running}/${LIMITS.running} words; In short ${length.inShort.items.length} items, ${length.inShort.words}/${LIMITS.inShortWords} words`,
  );
  for (const p of problems) console.log(`  ${p}`);
}
process.exitCode = failed ? 1 : 0;
