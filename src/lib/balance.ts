/** How the balance panel and /sources/ arrange the `basedIn` axis: the parties and intergovernmental bodies one by one, the other states together. */
import { OTHER_STATE_LABELS, type BasedIn, type OtherState } from './vocabulary.ts';

export const isOtherState = (b: BasedIn): b is OtherState => Object.hasOwn(OTHER_STATE_LABELS, b);

/** Splits counts by `basedIn` into the parties' rows (order kept) and the other states, largest first, then by name. */
export function basedInRows(counts: [BasedIn, number][]) {
  const main = counts.filter(([b]) => !isOtherState(b));
  const others = counts
    .filter((c): c is [OtherState, number] => isOtherState(c[0]))
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'en'));
  return { main, others, othersTotal: others.reduce((n, [, c]) => n + c, 0) };
}
