/**
 * The explorer as built: its columns are the dataset's declared fields, it reads the dataset's
 * own JSON under the base path, and its JavaScript is on dataset pages only and within budget.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageWeight } from '../../scripts/medicion/peso.ts';
import { BASE, SALIDA } from '../soporte/rutas.ts';
import { readPage } from '../soporte/sitio.ts';

const publicado = (slug: string) => JSON.parse(fs.readFileSync(path.join(SALIDA, `datos/${slug}.json`), 'utf8')) as { campos: string[] };
const slugs = fs.readdirSync(path.join(SALIDA, 'datos')).filter((f) => fs.existsSync(path.join(SALIDA, 'datos', f, 'index.html')));
const scripts = (html: string) => [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]);

describe('explorador en el sitio construido', () => {
  it('every dataset page, survey tables included, explores its own JSON with its declared columns', () => {
    expect(slugs.filter((s) => s.startsWith('encuesta-')).length).toBeGreaterThan(0);
    for (const slug of slugs) {
      const html = readPage(`/datos/${slug}/`);
      expect(html, slug).toContain(`data-json="${BASE}datos/${slug}.json"`);
      const columnas = JSON.parse(/<script type="application\/json" data-columnas>(.*?)<\/script>/s.exec(html)![1]) as { nombre: string }[];
      expect(
        columnas.map((c) => c.nombre),
        slug,
      ).toEqual(publicado(slug).campos);
    }
  });

  it('loads its script on dataset pages only, at most 30 KB gzipped', () => {
    const explorador = scripts(readPage('/datos/acuerdos/'));
    expect(explorador.length).toBe(1);
    const { js } = pageWeight(SALIDA, BASE, 'datos/acuerdos');
    expect(js.gzip).toBeLessThanOrEqual(30_000);
    for (const ruta of ['/', '/datos/', '/sesiones/', '/acuerdos/'])
      expect(
        scripts(readPage(ruta)).filter((s) => explorador.includes(s)),
        ruta,
      ).toEqual([]);
  });
});
