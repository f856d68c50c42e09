import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deflateAtMostLevel, writeZip } from '../datos/zip.ts';
import { cachedCompression } from './compresion.ts';

const csv = (filas: number, texto: string) => new TextEncoder().encode(Array.from({ length: filas }, (_, i) => `${i},${texto} ${i}\r\n`).join(''));

let carpeta: string;
beforeEach(() => {
  carpeta = fs.mkdtempSync(path.join(os.tmpdir(), 'compresion-'));
});
afterEach(() => fs.rmSync(carpeta, { recursive: true, force: true }));

describe('cachedCompression', () => {
  const sesiones = csv(2000, 'Sesión ordinaria');
  const acuerdos = csv(3000, 'Acuerdo aprobado por unanimidad');

  it('compresses once, then takes the copy: the archive is byte for byte the one without cache', () => {
    const entradas = [
      { nombre: 'sesiones.csv', datos: sesiones },
      { nombre: 'acuerdos.csv', datos: acuerdos },
    ];
    const directo = writeZip(entradas, '2026-11-21');
    const primera = cachedCompression(carpeta, deflateAtMostLevel, 'prueba');
    expect(writeZip(entradas, '2026-11-21', primera.comprimir)).toEqual(directo);
    expect(primera.cifras).toEqual({ reutilizadas: 0, comprimidas: 2 });
    expect(fs.readdirSync(carpeta)).toHaveLength(2);

    const segunda = cachedCompression(
      carpeta,
      () => {
        throw new Error('no debía comprimir');
      },
      'prueba',
    );
    expect(Buffer.from(writeZip(entradas, '2026-11-21', segunda.comprimir)).equals(Buffer.from(directo))).toBe(true);
    expect(segunda.cifras).toEqual({ reutilizadas: 2, comprimidas: 0 });
  });

  it('compresses a changed file anew and prunes the copy nobody used', () => {
    const primera = cachedCompression(carpeta, deflateAtMostLevel, 'prueba');
    primera.comprimir(sesiones);
    primera.comprimir(acuerdos);
    const editadas = csv(2000, 'Sesión extraordinaria');
    const segunda = cachedCompression(carpeta, deflateAtMostLevel, 'prueba');
    segunda.comprimir(editadas);
    segunda.comprimir(acuerdos);
    expect(segunda.cifras).toEqual({ reutilizadas: 1, comprimidas: 1 });
    segunda.prune();
    const tercera = cachedCompression(carpeta, deflateAtMostLevel, 'prueba');
    tercera.comprimir(sesiones);
    tercera.comprimir(editadas);
    expect(tercera.cifras).toEqual({ reutilizadas: 1, comprimidas: 1 });
    expect(fs.readdirSync(carpeta)).toHaveLength(3);
  });

  it('never takes a copy made another way, nor one that does not inflate to the same bytes', () => {
    cachedCompression(carpeta, deflateAtMostLevel, 'nivel 9').comprimir(sesiones);
    const otra = cachedCompression(carpeta, deflateAtMostLevel, 'nivel 6');
    otra.comprimir(sesiones);
    expect(otra.cifras.comprimidas).toBe(1);

    for (const nombre of fs.readdirSync(carpeta)) {
      const archivo = path.join(carpeta, nombre);
      fs.writeFileSync(archivo, fs.readFileSync(archivo).subarray(0, 100));
    }
    const tras = cachedCompression(carpeta, deflateAtMostLevel, 'nivel 9');
    expect(Buffer.from(tras.comprimir(sesiones)).equals(Buffer.from(deflateAtMostLevel(sesiones)))).toBe(true);
    expect(tras.cifras).toEqual({ reutilizadas: 0, comprimidas: 1 });
  });

  it('takes the SHA-256 the caller already has as the key, and still checks the copy against the bytes', () => {
    const huella = createHash('sha256').update(sesiones).digest('hex');
    const entradas = [{ nombre: 'sesiones.csv', datos: sesiones, sha256: huella }];
    writeZip(entradas, '2026-11-21', cachedCompression(carpeta, deflateAtMostLevel, 'prueba').comprimir);
    expect(fs.readdirSync(carpeta).every((nombre) => nombre.startsWith(huella))).toBe(true);
    const segunda = cachedCompression(carpeta, deflateAtMostLevel, 'prueba');
    expect(writeZip(entradas, '2026-11-21', segunda.comprimir)).toEqual(writeZip(entradas, '2026-11-21'));
    expect(segunda.cifras).toEqual({ reutilizadas: 1, comprimidas: 0 });

    // A key that names other bytes finds their copy, which does not inflate to these: compressed anew.
    const equivocada = cachedCompression(carpeta, deflateAtMostLevel, 'prueba');
    expect(Buffer.from(equivocada.comprimir(acuerdos, huella)).equals(Buffer.from(deflateAtMostLevel(acuerdos)))).toBe(true);
    expect(equivocada.cifras).toEqual({ reutilizadas: 0, comprimidas: 1 });
  });

  it('still compresses when the cache folder cannot be written', () => {
    const archivo = path.join(carpeta, 'un-archivo');
    fs.writeFileSync(archivo, '');
    const sinCache = cachedCompression(path.join(archivo, 'zip'), deflateAtMostLevel, 'prueba');
    expect(Buffer.from(sinCache.comprimir(acuerdos)).equals(Buffer.from(deflateAtMostLevel(acuerdos)))).toBe(true);
    expect(() => sinCache.prune()).not.toThrow();
  });
});
