import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bareSite } from './astro-basico.ts';
import { editOnePage } from './reconstruccion.ts';

const raiz = path.resolve(import.meta.dirname, '..', '..');
const astroBin = path.join(raiz, 'node_modules', 'astro', 'bin', 'astro.mjs');
// Inside the project, so that the bare site finds Astro in its node_modules.
fs.mkdirSync(path.join(raiz, '.pruebas'), { recursive: true });
const trabajo = fs.mkdtempSync(path.join(raiz, '.pruebas', 'astro-basico-'));
afterAll(() => fs.rmSync(trabajo, { recursive: true, force: true }));

/** `astro build` of the bare site: its log, one line per page (`(restored)` when reused). */
function build(sitio: string): string {
  const corrida = spawnSync(process.execPath, [astroBin, 'build'], { cwd: sitio, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' }, encoding: 'utf8' });
  expect(corrida.status, corrida.stderr).toBe(0);
  return corrida.stdout;
}

const pageLines = (registro: string) => registro.split('\n').filter((linea) => /\/p\d+\/index\.html/.test(linea));

describe('bare Astro site of the benchmark', () => {
  it('is one collection and one route without keys, Astro as it comes', () => {
    const sitio = bareSite(trabajo, 3);
    expect(path.basename(sitio)).toBe('astro-basico-3');
    expect(fs.readFileSync(path.join(sitio, 'astro.config.mjs'), 'utf8')).toBe("export default { build: { format: 'directory' } };\n");
    expect(fs.readFileSync(path.join(sitio, 'src', 'pages', '[id].astro'), 'utf8')).not.toContain('cacheKey');
    expect(fs.readdirSync(path.join(sitio, 'paginas')).sort()).toEqual(['p0.md', 'p1.md', 'p2.md']);
  });

  it('with the incremental build, renders again only the page edited after a build', { timeout: 120_000 }, () => {
    const sitio = bareSite(trabajo, 3, { incremental: true });
    expect(path.basename(sitio)).toBe('astro-basico-incremental-3');
    expect(fs.readFileSync(path.join(sitio, 'astro.config.mjs'), 'utf8')).toContain('incrementalBuild: true');
    expect(pageLines(build(sitio))).toHaveLength(3);

    expect(editOnePage(sitio)).toBe('p1.md');
    expect(fs.readFileSync(path.join(sitio, 'paginas', 'p1.md'), 'utf8')).toMatch(/^title: Página 1 \(corregida\)$/m);
    const paginas = pageLines(build(sitio));
    const reusadas = paginas.filter((linea) => /\((restored|cached)\)/.test(linea));
    expect(paginas).toHaveLength(3);
    expect(reusadas.map((linea) => /\/(p\d+)\//.exec(linea)?.[1]).sort()).toEqual(['p0', 'p2']);
    expect(fs.readFileSync(path.join(sitio, 'dist', 'p1', 'index.html'), 'utf8')).toContain('<title>Página 1 (corregida)</title>');
  });
});
