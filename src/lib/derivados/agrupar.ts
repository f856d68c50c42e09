/**
 * Indexes built once per build, so every page looks its relations up instead of scanning every
 * record (which made large sites quadratic).
 */

/** Groups items by one or more keys each, keeping their order. */
export function groupBy<T, K>(items: Iterable<T>, keysOf: (item: T) => K | K[] | undefined): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const keys = keysOf(item);
    if (keys === undefined) continue;
    for (const key of Array.isArray(keys) ? keys : [keys]) {
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
  }
  return groups;
}

/** Previous and next item within each group, for every item, from lists already in order. */
export function neighbours<T extends { id: string }>(groups: Iterable<T[]>): Map<string, { anterior?: T; siguiente?: T }> {
  const result = new Map<string, { anterior?: T; siguiente?: T }>();
  for (const group of groups) {
    group.forEach((item, i) => result.set(item.id, { anterior: group[i - 1], siguiente: group[i + 1] }));
  }
  return result;
}
