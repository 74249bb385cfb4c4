/**
 * The browsers the tools launch, with the flags that keep them from reaching the network on their own
 * (updates, sync, first-run pages).
 */
import { existsSync } from 'node:fs';

const firstThere = (...paths: string[]) => paths.find((path) => existsSync(path));

/**
 * The browser a reader has, for the screenshots and the benchmark (Lighthouse, search timings):
 * CHROMIUM_PATH, else Debian's /usr/bin/chromium, else Playwright's own.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? firstThere('/usr/bin/chromium');

/**
 * The browser the tests launch: CHROMIUM_PATH, else Debian's build of Chromium's headless shell, else
 * CHROMIUM_PATH's fallbacks. The headless shell is the same Chromium (Blink and V8 of the same version)
 * without the desktop browser around it, and what Playwright itself runs headless tests in; the browser
 * tests take half the CPU time in it that they take in the full browser (README: npm scripts, npm test).
 */
export const TEST_CHROMIUM_PATH =
  process.env.CHROMIUM_PATH ?? firstThere('/usr/bin/chromium-headless-shell', '/usr/bin/chromium');

export const CHROMIUM_ARGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
