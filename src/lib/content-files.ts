/**
 * A collection's loader reads only files of one extension (`*.yaml`, `*.mdx`) directly in its folder:
 * a `.yml` among the `.yaml` files, a `.md` among the `.mdx`, or a file in a subfolder would be left
 * out without a word. This fails the build on any such file instead.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { contentError } from './content-error.ts';

/** The names in `dir` that its loader would ignore (hidden files such as .gitkeep aside). */
export function strayFiles(dir: string, ext: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((f) => !f.name.startsWith('.') && !(f.isFile() && f.name.endsWith(`.${ext}`)))
    .map((f) => (f.isDirectory() ? `${f.name}/` : f.name));
}

/** Throws, naming every stray file, when `dir` holds a file its loader would ignore. */
export function checkExtensions(dir: string, ext: string): void {
  const stray = strayFiles(dir, ext);
  if (stray.length === 0) return;
  throw contentError(
    stray.map((name) => ({
      file: join(dir, name),
      message: `not read: this folder's entries are *.${ext} files, one per entry, directly in it`,
    })),
    `Rename the file to .${ext} (or move it out of content/).`,
  );
}
