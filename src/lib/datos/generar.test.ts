import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CONJUNTOS } from './conjuntos.ts';
import { contextoDePrueba, testContent } from './contenido-de-prueba.ts';
import { coverage, makeFile, publish } from './generar.ts';
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

  it('names files after their path', () => {
    expect(makeFile('/datos/x.csv', 'text/csv', 'CSV', 'a').nombre).toBe('x.csv');
  });
});
