/**
 * Remark plugin for explainers. It turns `[@source-id]` citations into
 * numbered <Cite> elements, marks the first <Place> of each place on a page
 * (which then shows both names), numbers <Term> uses, and fails the build on
 * an id that has no file in `content/`, naming the MDX file and the id.
 * The ordered list of cited sources goes to the page's frontmatter as
 * `citations`, for the References section, and the places, terms and people
 * it names as `mentions`, for the "mentioned on" links of their entries;
 * `sections` says under which heading each is named (the number of headings
 * before it, 0 for the page's opening), so entries can link to the section.
 */
import { readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { CitationNumbering, splitCitations } from './citations.ts';

type Node = {
  type: string;
  name?: string | null;
  value?: string;
  children?: Node[];
  attributes?: { type: string; name?: string; value?: unknown }[];
  position?: { start: { line: number } };
};
type VFile = { path?: string; cwd: string; data: { astro?: { frontmatter?: Record<string, unknown> } } };

const COLLECTION_OF: Record<string, string> = { Place: 'places', Term: 'terms', Person: 'people' };
const SINGULAR: Record<string, string> = { places: 'place', terms: 'term', people: 'person' };

function idsIn(dir: string): Set<string> {
  try {
    return new Set(
      readdirSync(dir)
        .filter((f) => f.endsWith('.yaml'))
        .map((f) => f.slice(0, -'.yaml'.length)),
    );
  } catch {
    return new Set();
  }
}

/** {"Place:shusha" → 2, …} → { places: ["shusha"], terms: [], people: [] } */
function mentionsOf(seen: Map<string, number>) {
  const out: Record<string, string[]> = { places: [], terms: [], people: [] };
  for (const key of seen.keys()) {
    const [component, id] = key.split(':') as [string, string];
    out[COLLECTION_OF[component]!]!.push(id);
  }
  return out;
}

const attr = (name: string, value: string) => ({ type: 'mdxJsxAttribute', name, value });

export function remarkEditorial(options: { contentDir?: string } = {}) {
  return (tree: Node, file: VFile) => {
    const contentDir = options.contentDir ?? resolve(file.cwd, process.env.CONTENT_DIR ?? 'content');
    const known: Record<string, Set<string>> = {
      sources: idsIn(join(contentDir, 'sources')),
      places: idsIn(join(contentDir, 'places')),
      terms: idsIn(join(contentDir, 'terms')),
      people: idsIn(join(contentDir, 'people')),
    };
    const where = (node: Node) =>
      `${file.path ? relative(file.cwd, file.path) : 'an MDX file'}:${node.position?.start.line ?? '?'}`;
    const fail = (node: Node, message: string): never => {
      throw new Error(`${where(node)}: ${message}`);
    };

    const numbering = new CitationNumbering();
    const seen = new Map<string, number>();
    const sections: Record<string, number[]> = {};
    let heading = 0;

    const visit = (node: Node) => {
      const children = node.children;
      if (!children) return;
      for (let i = 0; i < children.length; i++) {
        const child = children[i]!;
        if (child.type === 'heading') heading++;
        if (child.type === 'text' && child.value?.includes('[@')) {
          let segments;
          try {
            segments = splitCitations(child.value);
          } catch (e) {
            fail(child, (e as Error).message);
          }
          const replacement: Node[] = [];
          for (const seg of segments!) {
            if ('text' in seg) {
              replacement.push({ type: 'text', value: seg.text });
              continue;
            }
            for (const ref of seg.cites) {
              if (!known.sources!.has(ref.id)) {
                fail(child, `unknown source id "${ref.id}" in a citation: no file content/sources/${ref.id}.yaml`);
              }
              const c = numbering.add(ref);
              const attributes = [attr('id', c.id), attr('n', String(c.n)), attr('k', String(c.k))];
              if (c.locator) attributes.push(attr('locator', c.locator));
              replacement.push({ type: 'mdxJsxTextElement', name: 'Cite', attributes, children: [] });
            }
          }
          children.splice(i, 1, ...replacement);
          i += replacement.length - 1;
          continue;
        }
        if ((child.type === 'mdxJsxTextElement' || child.type === 'mdxJsxFlowElement') && child.name) {
          const collection = COLLECTION_OF[child.name];
          if (collection) {
            const idAttr = child.attributes?.find((a) => a.name === 'id');
            const id = typeof idAttr?.value === 'string' ? idAttr.value : undefined;
            if (!id) fail(child, `<${child.name}> needs an id, for example <${child.name} id="…" />`);
            if (!known[collection]!.has(id!)) {
              fail(child, `unknown ${SINGULAR[collection]} id "${id}" in <${child.name}>: no file content/${collection}/${id}.yaml`);
            }
            const key = `${child.name}:${id}`;
            const k = (seen.get(key) ?? 0) + 1;
            seen.set(key, k);
            const list = (sections[`${collection}:${id}`] ??= []);
            if (!list.includes(heading)) list.push(heading);
            child.attributes!.push(attr('k', String(k)));
          }
        }
        visit(child);
      }
    };
    visit(tree);

    file.data.astro ??= {};
    file.data.astro.frontmatter ??= {};
    file.data.astro.frontmatter.citations = numbering.list();
    file.data.astro.frontmatter.mentions = mentionsOf(seen);
    file.data.astro.frontmatter.sections = sections;
  };
}
