/**
 * Lets plain Node (the unit tests, `npm run fields`) import src/content.config.ts, the content
 * model, outside Astro: `astro:content` is a virtual module that only Astro's build resolves, so
 * here it resolves to a stand-in with the two functions the config uses. `reference()` reads an
 * id as Astro's does ({ id, collection }); nothing here loads content: `getCollection()` and
 * `render()` are there only so that src/lib/site.ts can be imported for its plain functions, and
 * throw if called.
 */
import { registerHooks } from 'node:module';

const STAND_IN = `
import { z } from '${import.meta.resolve('astro/zod')}';
export const defineCollection = (config) => config;
export const reference = (collection) => z.string().transform((id) => ({ id, collection }));
const onlyInAstro = (name) => () => { throw new Error(name + '() loads content, which only Astro can do'); };
export const getCollection = onlyInAstro('getCollection');
export const render = onlyInAstro('render');
`;

/** A file URL beside this one (none exists there), so that Node reads it as a module of the project. */
const STAND_IN_URL = new URL('./astro-content.stand-in.js', import.meta.url).href;

registerHooks({
  resolve(specifier, context, nextResolve) {
    if (specifier === 'astro:content') return { url: STAND_IN_URL, shortCircuit: true };
    return nextResolve(specifier, context);
  },
  load(url, context, nextLoad) {
    if (url === STAND_IN_URL) return { format: 'module', source: STAND_IN, shortCircuit: true };
    return nextLoad(url, context);
  },
});
