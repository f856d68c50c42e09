import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { copyContent, type CopiaDeContenido } from '../../../tests/soporte/copia-de-contenido.ts';
import { validateContent } from '../validacion/validar-contenido.ts';
import { ImportacionRechazada, importActa } from './importar.ts';
import { makeDocx, makePdf } from './pruebas/documentos-de-prueba.ts';

const ACTA = path.join(import.meta.dirname, 'pruebas', 'acta-comite-en-tablas.txt');
const SESION = 'content/sesiones/comite-de-transparencia-del-ayuntamiento-2023-03-03.md';
const PROPUESTAS = 'content/sesiones/comite-de-transparencia-del-ayuntamiento-2023-03-03.propuestas.yaml';

let copia: CopiaDeContenido | undefined;
afterEach(() => copia?.borrar());

const listado = (c: CopiaDeContenido) => fs.readdirSync(path.join(c.carpetas.contenido, 'sesiones')).sort();
const erroresDe = (c: CopiaDeContenido) => validateContent({ carpetas: c.carpetas }).problemas.filter((p) => p.nivel === 'error');

/** What a person does with the draft: fills the summary, resolves every mark, merges the proposals. */
function reviewAsStaff(c: CopiaDeContenido): void {
  const sesion = c
    .leer(SESION)
    .split('\n')
    .filter((l) => !/^\s*# REVISAR:/.test(l))
    .map((l) =>
      l.startsWith('resumen: ""') ? 'resumen: El Comité clasificó la información de un expediente de obra pública.' : l.replace(/\s+# REVISAR:.*$/, ''),
    )
    .join('\n');
  c.escribir(SESION, sesion);
  const bloques = c.leer(PROPUESTAS).split(/^# → /m).slice(1);
  for (const bloque of bloques) {
    const [catalogo, ...resto] = bloque.split('\n');
    const registros = resto
      .map((l) =>
        l.replace(/^(\s*)tipo: "".*$/, '$1tipo: gobierno-municipal').replace(/^(\s*)descripcion: "".*$/, '$1descripcion: Comité de Transparencia municipal.'),
      )
      .join('\n');
    c.escribir(catalogo, `${c.leer(catalogo).trimEnd()}\n\n${registros.trim()}\n`);
  }
  fs.rmSync(path.join(c.carpetas.raiz, PROPUESTAS));
}

describe('npm run importar', () => {
  it('writes a draft the validation refuses until a person has reviewed it, and accepts after', async () => {
    copia = copyContent();
    expect(erroresDe(copia)).toEqual([]);
    const resultado = await importActa(ACTA, { carpetas: copia.carpetas });
    expect([resultado.sesion, resultado.propuestas]).toEqual([SESION, PROPUESTAS]);
    expect(resultado.nuevas.personas.map((p) => p.id)).toEqual(['ana-laura-perez-gomez', 'tomas-ruiz-olvera']);
    expect(resultado.nuevas.organos.map((o) => o.nombre)).toEqual(['Comité de Transparencia del Ayuntamiento de Villa Ejemplo']);
    const mensajes = resultado.problemas.map((p) => p.mensaje).join('\n');
    expect(mensajes).toContain('dato por revisar que dejó el importador');
    expect(mensajes).toContain('propuestas de catálogo del importador sin incorporar');
    expect(resultado.otrosErrores).toBe(0);

    reviewAsStaff(copia);
    expect(erroresDe(copia)).toEqual([]);
  });

  it('never overwrites: a second import is refused and the file stays as it was', async () => {
    copia = copyContent();
    await importActa(ACTA, { carpetas: copia.carpetas });
    const antes = copia.leer(SESION);
    await expect(importActa(ACTA, { carpetas: copia.carpetas })).rejects.toThrow(/ya existe .*nunca sobrescribe/);
    expect(copia.leer(SESION)).toBe(antes);
    const otra = await importActa(ACTA, { carpetas: copia.carpetas, id: 'comite-de-transparencia-del-ayuntamiento-2023-03-03-tarde' });
    expect(otra.sesion).toBe('content/sesiones/comite-de-transparencia-del-ayuntamiento-2023-03-03-tarde.md');
  });

  it('refuses an acta that already has its session file', async () => {
    copia = copyContent();
    const semilla = path.join(copia.carpetas.raiz, 'acta.txt');
    fs.writeFileSync(semilla, copia.leer('public/documentos/acta-stl-2022-12-16.txt'));
    await expect(importActa(semilla, { carpetas: copia.carpetas })).rejects.toThrow('ya existe content/sesiones/stl-2022-12-16.md');
  });

  it('imports a PDF with a text layer', async () => {
    copia = copyContent();
    const pdf = path.join(copia.carpetas.raiz, 'acta.pdf');
    fs.writeFileSync(pdf, makePdf(fs.readFileSync(ACTA, 'utf8').split('\n').slice(0, 12)));
    const resultado = await importActa(pdf, { carpetas: copia.carpetas });
    expect(resultado.borrador.datos.fecha).toBe('2023-03-03');
    expect(resultado.borrador.datos.tipo).toBe('extraordinaria');
  });

  it.each([
    ['a scanned PDF', 'escaneado.pdf', () => makePdf(), /no tiene texto \(parece un documento escaneado\)/],
    ['a damaged Word file', 'danado.docx', () => new Uint8Array([80, 75, 3, 4, 0, 0]), /no se pudo leer como documento de Word/],
    ['a document that is not an acta', 'lista.docx', () => makeDocx(['Lista de compras', 'Leche y pan']), /no parece un acta ni una minuta/],
    ['an unsupported format', 'acta.odt', () => new Uint8Array([1]), /formato no admitido/],
  ])('refuses %s with a Spanish message naming the file and writes nothing', async (_, nombre, bytes, mensaje) => {
    copia = copyContent();
    const archivo = path.join(copia.carpetas.raiz, nombre);
    fs.writeFileSync(archivo, bytes());
    const antes = listado(copia);
    const error = await importActa(archivo, { carpetas: copia.carpetas }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportacionRechazada);
    expect((error as Error).message).toMatch(mensaje);
    expect((error as Error).message.startsWith(nombre)).toBe(true);
    expect(listado(copia)).toEqual(antes);
  });

  it('refuses a file that does not exist', async () => {
    copia = copyContent();
    await expect(importActa(path.join(copia.carpetas.raiz, 'no-existe.pdf'), { carpetas: copia.carpetas })).rejects.toThrow(
      'no-existe.pdf: no existe este archivo',
    );
  });
});
