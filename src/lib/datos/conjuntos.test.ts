import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { identificador } from '../../schemas/comunes.ts';
import { TIPOS_DE_SESION } from '../../schemas/sesion.ts';
import { CONJUNTO, CONJUNTOS, PATRON_IDENTIFICADOR } from './conjuntos.ts';
import { contextoDePrueba, testContent } from './contenido-de-prueba.ts';
import { checkDeclarations, checkRows, formatDataProblem } from './verificar.ts';

describe('dataset declarations', () => {
  it('are consistent: keys name declared fields of known datasets', () => {
    expect(checkDeclarations(CONJUNTOS)).toEqual([]);
  });

  it('have unique URL-safe slugs, Spanish snake_case columns and descriptions of 50 to 5,000 characters', () => {
    expect(new Set(CONJUNTOS.map((c) => c.slug)).size).toBe(CONJUNTOS.length);
    for (const c of CONJUNTOS) {
      expect(c.slug).toMatch(/^[a-z0-9-]+$/);
      expect(c.descripcion.length).toBeGreaterThanOrEqual(50);
      expect(c.descripcion.length).toBeLessThanOrEqual(5000);
      expect(c.palabrasClave.length).toBeGreaterThan(0);
      for (const campo of c.campos) {
        expect(campo.nombre).toMatch(/^[a-z][a-z0-9_]*$/);
        expect(campo.descripcion.length, `${c.slug}.${campo.nombre}`).toBeGreaterThan(5);
      }
    }
  });

  it('cover every dataset the issue lists and every slug record pages link to', () => {
    const enlazados = new Set<string>();
    const paginas = path.resolve(import.meta.dirname, '../../pages');
    for (const archivo of fs.readdirSync(paginas, { recursive: true }) as string[]) {
      if (!archivo.endsWith('.astro')) continue;
      const texto = fs.readFileSync(path.join(paginas, archivo), 'utf8');
      for (const linea of texto.split('\n').filter((l) => l.includes('<DatosDetras'))) {
        for (const m of linea.matchAll(/\['([a-z0-9-]+)', '[^']+'\]/g)) enlazados.add(m[1]);
      }
    }
    const esperados = [
      'sesiones',
      'asistencia',
      'orden-del-dia',
      'acuerdos',
      'seguimiento-de-acuerdos',
      'compromisos',
      'avances-de-compromisos',
      'fases-de-compromisos',
      'calendario-de-sesiones',
      'eventos',
      'instituciones',
      'organos',
      'personas',
      'municipios',
    ];
    expect(enlazados.size).toBeGreaterThan(5);
    for (const slug of [...esperados, ...enlazados]) expect(CONJUNTO.has(slug), slug).toBe(true);
  });

  it('take enumerations and the identifier rule from the content schemas', () => {
    expect(CONJUNTO.get('sesiones')!.campos.find((c) => c.nombre === 'tipo')!.valores).toEqual(Object.keys(TIPOS_DE_SESION));
    for (const muestra of ['stl-2022-12-16', 'a', 'Mayus', 'doble--guion', '-x', 'ñ']) {
      expect(new RegExp(PATRON_IDENTIFICADOR).test(muestra), muestra).toBe(identificador.safeParse(muestra).success);
    }
  });

  it('produce rows that match their declarations from a small content', () => {
    const c = testContent();
    const filas = new Map(CONJUNTOS.map((d) => [d.slug, d.filas(c, contextoDePrueba)]));
    expect(checkRows(CONJUNTOS, filas).map(formatDataProblem)).toEqual([]);
    expect(filas.get('asistencia')).toHaveLength(2);
    expect(filas.get('fases-de-compromisos')!.map((f) => f.fase)).toEqual(['propuesta', 'arbol-de-problemas']);
    expect(filas.get('cifras-de-avances')!.map((f) => f.valor)).toEqual([113000, -2.5]);
    expect(filas.get('personas')![1].variantes).toBeNull();
    expect(filas.get('sesiones')![0].url).toBe('https://datos.ejemplo.mx/base/sesiones/stl-2020-06-10/');
    expect(filas.get('municipios')![0].cve_mun).toBe('001');
  });
});
