/**
 * How far apart two strings are, for «¿quiso decir …?» suggestions: a misspelt identifier in
 * content (`validacion/sugerencia.ts`, `npm run nuevo`) or municipality name in a survey export
 * (`encuestas/municipios.ts`). Kept below all of them, so none imports another for it.
 */

/**
 * Levenshtein distance between `a` and `b`: the fewest single-character insertions, deletions and
 * substitutions that turn one into the other. Past `limit` the exact figure does not matter (the
 * strings are too different to suggest), so it stops early and gives `limit + 1`.
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length];
}
