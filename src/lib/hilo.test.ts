import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const hilo = pathToFileURL(path.resolve('src/lib/hilo.ts')).href;
const raiz = fs.mkdtempSync(path.join(os.tmpdir(), 'hilo-'));
afterAll(() => fs.rmSync(raiz, { recursive: true, force: true }));

// A worker that answers with its own compile cache folder (none when the cache is off in it).
const trabajador = path.join(raiz, 'trabajador.ts');
fs.writeFileSync(
  trabajador,
  `import { getCompileCacheDir } from 'node:module';\nimport { answerTask } from ${JSON.stringify(hilo)};\nanswerTask('cache', () => getCompileCacheDir() ?? null);\n`,
);

/** In a process of its own (the compile cache is per process), with the cache in `cache` or off. */
function workerCacheFolder(cache: string | undefined): unknown {
  const activar = cache ? `(await import('node:module')).enableCompileCache(${JSON.stringify(cache)});` : '';
  const codigo = `${activar}\nconst { runInWorker } = await import(${JSON.stringify(hilo)});\nconsole.log(JSON.stringify(await runInWorker(${JSON.stringify(pathToFileURL(trabajador).href)}, 'cache')));`;
  const env = { ...process.env };
  delete env.NODE_COMPILE_CACHE;
  delete env.NODE_DISABLE_COMPILE_CACHE;
  // A file, not `-e`: a worker inherits the process's flags, and `--input-type` is only for `-e`.
  const principal = path.join(raiz, `principal-${cache ? 'con' : 'sin'}-cache.mjs`);
  fs.writeFileSync(principal, codigo);
  const hijo = spawnSync(process.execPath, [principal], { encoding: 'utf8', env });
  expect(hijo.stderr).toBe('');
  return JSON.parse(hijo.stdout);
}

describe('worker threads', () => {
  it("use the build's compile cache when the build has one, so their modules are compiled once", () => {
    const cache = path.join(raiz, 'cache');
    const carpeta = workerCacheFolder(cache);
    expect(typeof carpeta).toBe('string');
    expect(path.dirname(carpeta as string)).toBe(cache);
    // The worker's TypeScript module was stored there: the next build reads it instead of compiling it.
    expect(fs.readdirSync(carpeta as string).length).toBeGreaterThan(0);
  });

  it('have no compile cache when the build has none', () => {
    expect(workerCacheFolder(undefined)).toBeNull();
  });
});
