import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { testCollections } from '../datos/contenido-de-prueba.ts';
import { readCollections } from '../versiones/leer-contenido.ts';
import { COLECCIONES, NOMBRES_DE_COLECCIONES, collectionPath, csvRowId, idFromFileName } from './colecciones.ts';
import { resolveFolders } from './rutas.ts';

const RAIZ = path.resolve(import.meta.dirname, '../../..');

describe('the collection registry', () => {
  it('names exactly the collections the content model assembles', () => {
    expect([...NOMBRES_DE_COLECCIONES].sort()).toEqual(Object.keys(testCollections()).sort());
  });

  it('points every collection at a file or folder of the project', () => {
    const carpetas = resolveFolders(RAIZ, {});
    for (const nombre of NOMBRES_DE_COLECCIONES) expect(fs.existsSync(collectionPath(COLECCIONES[nombre], carpetas)), nombre).toBe(true);
    expect(collectionPath(COLECCIONES.municipios, carpetas)).toBe(path.join(RAIZ, 'data', 'municipios-edomex.csv'));
  });

  it('gives a record filed in a year subfolder the id of its file name', () => {
    expect(idFromFileName('sesiones/2023/stl-2023-02-24.md')).toBe('stl-2023-02-24');
    expect(idFromFileName('compromisos/carnet-juridico.mdx')).toBe('carnet-juridico');
  });

  it('identifies CSV rows by their id column, or by file and line', () => {
    expect(csvRowId(COLECCIONES.eventos, { id: 'jornada-1' }, 'eventos.csv', 4)).toBe('jornada-1');
    expect(csvRowId(COLECCIONES.municipios, { cvegeo: '15001' }, 'municipios-edomex.csv', 2)).toBe('15001');
    expect(csvRowId(COLECCIONES.calendarios, {}, '/x/calendarios/stl-2023.csv', 3)).toBe('stl-2023-3');
  });

  it('is what the reader of past versions follows: ids as the build gives them, subfolders included', () => {
    const copia = fs.mkdtempSync(path.join(os.tmpdir(), 'colecciones-'));
    try {
      fs.cpSync(path.join(RAIZ, 'content'), path.join(copia, 'content'), { recursive: true });
      fs.cpSync(path.join(RAIZ, 'data', 'municipios-edomex.csv'), path.join(copia, 'data', 'municipios-edomex.csv'));
      fs.mkdirSync(path.join(copia, 'content', 'sesiones', '2022'));
      fs.renameSync(path.join(copia, 'content', 'sesiones', 'stl-2022-12-16.md'), path.join(copia, 'content', 'sesiones', '2022', 'stl-2022-12-16.md'));
      const colecciones = readCollections(resolveFolders(copia, {}));
      const ids = colecciones.sesiones.map((s) => s.id);
      expect(ids).toContain('stl-2022-12-16');
      expect(ids.every((id) => !id.includes('/'))).toBe(true);
      expect(colecciones.calendarios.length).toBeGreaterThan(0);
      expect(colecciones.municipios.length).toBe(125);
    } finally {
      fs.rmSync(copia, { recursive: true, force: true });
    }
  });

  it('reads past versions written before a status had to cite its source, which the build refuses today', () => {
    const copia = fs.mkdtempSync(path.join(os.tmpdir(), 'colecciones-'));
    try {
      fs.cpSync(path.join(RAIZ, 'content'), path.join(copia, 'content'), { recursive: true });
      fs.cpSync(path.join(RAIZ, 'data', 'municipios-edomex.csv'), path.join(copia, 'data', 'municipios-edomex.csv'));
      const fila = { acuerdo: 'stl-2019-11-11-2', fecha: '2019-11-11', estado: 'cumplido', nota: 'Aprobado en la sesión.' };
      fs.writeFileSync(path.join(copia, 'content', 'seguimiento-de-acuerdos.csv'), `acuerdo,fecha,estado,nota,sesion\n${Object.values(fila).join(',')},\n`);
      expect(COLECCIONES.seguimientoDeAcuerdos.esquema.safeParse(fila).success).toBe(false);
      const [anterior] = readCollections(resolveFolders(copia, {})).seguimientoDeAcuerdos;
      expect(anterior.data).toEqual(fila);
    } finally {
      fs.rmSync(copia, { recursive: true, force: true });
    }
  });
});
