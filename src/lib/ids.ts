/**
 * An entry's id is its file name. Only lower-case letters, digits and hyphens
 * are allowed, so that an id is also a clean URL fragment and no two files
 * can ever map to the same id (Astro would otherwise let the later one
 * silently replace the earlier).
 */
import { contentError } from './content-error.ts';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** "stepanakert.yaml" → "stepanakert"; throws, naming the file, on any other name. */
export function idFromFileName(file: string, dir: string): string {
  const name = file.replace(/\.(ya?ml|mdx)$/, '');
  if (!ID.test(name)) {
    throw contentError(
      { file: `${dir}/${file}`, message: `bad file name "${file}": an id is lower-case letters, digits and hyphens` },
      'Rename the file, for example "shusha.yaml": the file name is the id, and no two entries may share one.',
    );
  }
  return name;
}
