/**
 * CPU time of the builds the benchmark runs: how much work a build did on all cores together, beside
 * how long it took. A build that keeps both cores busy (content check, search indexer) shows more
 * CPU than wall time; comparing it with the bare Astro site's says how much more work the site
 * does, apart from how well that work overlaps. Linux only: read from `/proc/self/stat`, where the
 * kernel adds up the time of every child process once it has ended and been waited for (a build's
 * own children, such as Pagefind's indexer, are added to it when it waits for them).
 */
import fs from 'node:fs';

/** Clock ticks per second of `/proc` times: `USER_HZ`, 100 on every Linux architecture. */
const TICS_POR_SEGUNDO = 100;

/**
 * User plus system seconds of the ended children of the process whose `/proc/<pid>/stat` line is
 * `linea` (fields 16 and 17, `cutime` and `cstime`). The command name, field 2, is in
 * parentheses and may itself hold spaces and parentheses, so fields are counted after its last `)`.
 */
export function childrenCpuSeconds(linea: string): number {
  const campos = linea
    .slice(linea.lastIndexOf(')') + 2)
    .trim()
    .split(/\s+/);
  // After the name, the list starts at field 3 (state).
  const cutime = Number(campos[16 - 3]);
  const cstime = Number(campos[17 - 3]);
  if (!Number.isFinite(cutime) || !Number.isFinite(cstime)) throw new Error(`línea de /proc/…/stat inesperada: ${linea.slice(0, 80)}`);
  return (cutime + cstime) / TICS_POR_SEGUNDO;
}

/** The CPU seconds of this process's ended children so far, or `undefined` off Linux. */
export function endedChildrenCpuSeconds(): number | undefined {
  try {
    return childrenCpuSeconds(fs.readFileSync('/proc/self/stat', 'utf8'));
  } catch {
    return undefined;
  }
}
