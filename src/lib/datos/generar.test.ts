import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CONJUNTOS } from './conjuntos.ts';
import { contextoDePrueba, testContent } from './contenido-de-prueba.ts';
import { coverage, makeFile, publish, rowCheckKeys } from './generar.ts';
import { ErrorDeDatos } from './verificar.ts';

describe('publish', () => {
  const pub = publish(testContent(), contextoDePrueba);

  it('gives each file the size and SHA-256 of its exact bytes', () => {
    for (const archivo of pub.archivos.values()) {
      expect(archivo.tamano).toBe(archivo.bytes.length);
      expect(archivo.sha256).toBe(createHash('sha256').update(archivo.bytes).digest('hex'));
    }
    expect(pub.archivos.size).toBe(CONJUNTOS.length * 2 + 4);
  });

  it('is deterministic', () => {
    const otra = publish(testContent(), contextoDePrueba);
    expect(otra.zip.sha256).toBe(pub.zip.sha256);
    expect(otra.dcat.sha256).toBe(pub.dcat.sha256);
  });

  it('computes temporal coverage from the declared date column', () => {
    expect(pub.conjunto.get('sesiones')!.cobertura).toEqual({ inicio: '2020-06-10', fin: '2022-12-16' });
    expect(
      coverage(
        CONJUNTOS.find((c) => c.slug === 'personas')!,
        [],
      ),
    ).toBeUndefined();
  });

  it('stops with Spanish problems when a declaration does not match its rows', () => {
    const roto = CONJUNTOS.map((c) =>
      c.slug === 'acuerdos' ? { ...c, filas: (...args: Parameters<typeof c.filas>) => c.filas(...args).map((f) => ({ ...f, sesion: 'no-existe' })) } : c,
    );
    expect(() => publish(testContent(), contextoDePrueba, roto)).toThrow(ErrorDeDatos);
    expect(() => publish(testContent(), contextoDePrueba, roto)).toThrow(
      'conjunto «acuerdos», fila 1, campo «sesion»: «no-existe» no corresponde a ninguna fila del conjunto «sesiones» (campo «id»)',
    );
  });

  it('checks again only the datasets whose declaration, bytes or referred datasets changed', () => {
    const claves = new Set<string>();
    const preguntadas: string[] = [];
    const comprobadas = { has: (c: string) => (preguntadas.push(c), claves.has(c)), add: (c: string) => void claves.add(c) };
    const primera = publish(testContent(), contextoDePrueba, CONJUNTOS, { comprobadas });
    expect(claves.size).toBe(CONJUNTOS.length);
    // The same bytes as without the record.
    expect([...primera.archivos.values()].map((a) => a.sha256)).toEqual([...pub.archivos.values()].map((a) => a.sha256));

    // A dataset whose key the record holds is not checked again (here a record that holds every key)…
    const sesionInexistente = CONJUNTOS.map((c) =>
      c.slug === 'acuerdos' ? { ...c, filas: (...args: Parameters<typeof c.filas>) => c.filas(...args).map((f) => ({ ...f, sesion: 'no-existe' })) } : c,
    );
    expect(() => publish(testContent(), contextoDePrueba, sesionInexistente, { comprobadas: { has: () => true, add: () => {} } })).not.toThrow();
    // …and changed rows have another key, so the record of the first build does not hold it.
    expect(() => publish(testContent(), contextoDePrueba, sesionInexistente, { comprobadas })).toThrow(ErrorDeDatos);
    // A dataset's key changes with its rows, and with the referred fields of the datasets it
    // refers to, not with their other fields.
    const claveDe = (conjuntos: typeof CONJUNTOS) => {
      // Rows taken as checked: a changed id leaves references that no longer match.
      const pub2 = publish(testContent(), contextoDePrueba, conjuntos, { comprobadas: { has: () => true, add: () => {} } });
      return rowCheckKeys(conjuntos, new Map(pub2.conjuntos.map((p) => [p.conjunto.slug, p.filas])), new Map(pub2.conjuntos.map((p) => [p.conjunto.slug, p])));
    };
    const conSesion = (cambio: Record<string, string>) =>
      CONJUNTOS.map((c) =>
        c.slug === 'sesiones'
          ? { ...c, filas: (...args: Parameters<typeof c.filas>) => c.filas(...args).map((f, i) => (i === 0 ? { ...f, ...cambio } : f)) }
          : c,
      );
    const antes = claveDe(CONJUNTOS);
    const cambiadasCon = (cambio: Record<string, string>) => {
      const despues = claveDe(conSesion(cambio));
      return [...antes.keys()].filter((slug) => antes.get(slug) !== despues.get(slug)).sort();
    };
    expect(cambiadasCon({ lugar: 'Otro lugar' })).toEqual(['sesiones']);
    const refierenASesiones = CONJUNTOS.filter((c) => c.clavesForaneas.some((fk) => fk.conjunto === 'sesiones')).map((c) => c.slug);
    expect(refierenASesiones.length).toBeGreaterThan(1);
    expect(cambiadasCon({ id: 'otra-sesion' })).toEqual([...new Set(['sesiones', ...refierenASesiones])].sort());
    expect(preguntadas.length).toBeGreaterThan(0);
  });

  it('names files after their path', () => {
    expect(makeFile('/datos/x.csv', 'text/csv', 'CSV', 'a').nombre).toBe('x.csv');
  });

  it('writes a text as its UTF-8 bytes alone, short or long', () => {
    for (const texto of ['Sesión «añadida»\n', 'ñ'.repeat(100_000), '']) {
      const archivo = makeFile('/datos/x.csv', 'text/csv', 'CSV', texto);
      const esperados = new TextEncoder().encode(texto);
      // A plain Uint8Array of exactly those bytes, even when they sit in Node's shared pool.
      expect(Object.getPrototypeOf(archivo.bytes)).toBe(Uint8Array.prototype);
      expect(archivo.bytes).toEqual(esperados);
      expect(archivo.tamano).toBe(esperados.length);
      expect(new Uint8Array(archivo.bytes.buffer, archivo.bytes.byteOffset, archivo.bytes.byteLength)).toEqual(esperados);
      expect(archivo.sha256).toBe(createHash('sha256').update(esperados).digest('hex'));
    }
  });
});
