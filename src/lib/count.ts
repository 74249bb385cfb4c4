/** Counts items by key, in the order of `keys`, leaving out keys with no items. */
export function countBy<T, K extends string>(items: T[], key: (item: T) => K, keys: readonly K[]): [K, number][] {
  const counts = new Map<K, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return keys.filter((k) => counts.has(k)).map((k) => [k, counts.get(k)!]);
}
