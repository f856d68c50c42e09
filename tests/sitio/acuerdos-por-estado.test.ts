/**
 * The agreements list narrowed by status (/acuerdos/estado/<estado>/), built without JavaScript:
 * each list holds exactly the agreements the agreements dataset gives that status, and every list
 * page links to every other.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BASE, SALIDA } from '../soporte/rutas.ts';
import { builtFiles, readPage } from '../soporte/sitio.ts';

const { filas } = JSON.parse(fs.readFileSync(path.join(SALIDA, 'datos/acuerdos.json'), 'utf8')) as { filas: { id: string; estado_al_dia: string }[] };
const porEstado = new Map<string, string[]>();
for (const fila of filas) porEstado.set(fila.estado_al_dia, [...(porEstado.get(fila.estado_al_dia) ?? []), fila.id]);

/** Ids of the agreements listed on every page of one status's list. */
function listed(estado: string): string[] {
  const paginas = builtFiles().filter((f) => f.startsWith(`acuerdos/estado/${estado}/`) && f.endsWith('index.html'));
  return paginas.flatMap((f) =>
    [...readPage(`/${f.replace(/index\.html$/, '')}`).matchAll(/<th scope="row"><a href="[^"]*\/acuerdos\/([^/"]+)\/"/g)].map((m) => m[1]),
  );
}

describe('agreements by status', () => {
  it('has one list per status present in the dataset, and none for absent ones', () => {
    const listas = fs.readdirSync(path.join(SALIDA, 'acuerdos/estado')).sort();
    expect(listas).toEqual([...porEstado.keys()].sort());
  });

  it.each([...porEstado.keys()])('/acuerdos/estado/%s/ lists exactly the agreements with that status', (estado) => {
    expect(listed(estado).sort()).toEqual([...porEstado.get(estado)!].sort());
  });

  it('links every status list from the full list, with its count, and marks the current one', () => {
    const html = readPage('/acuerdos/');
    for (const [estado, ids] of porEstado) {
      expect(html).toMatch(new RegExp(`<a href="${BASE}acuerdos/estado/${estado}/">[^<]+ \\(${ids.length}\\)</a>`));
    }
    const [primero] = porEstado.keys();
    expect(readPage(`/acuerdos/estado/${primero}/`)).toMatch(/<span aria-current="page">[^<]+ \(\d+\)<\/span>/);
  });
});
