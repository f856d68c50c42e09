import { describe, expect, it } from 'vitest';
import { serveFile } from './respuesta-de-archivo.ts';

const bytes = (texto: string) => new TextEncoder().encode(texto);

describe('serveFile', () => {
  it('serves the exact bytes, with the charset on text and JSON types only', async () => {
    const csv = { bytes: bytes('\uFEFFid,nombre\r\n1,Sesión\r\n'), tipo: 'text/csv' };
    const respuesta = serveFile(csv);
    expect(respuesta.headers.get('Content-Type')).toBe('text/csv; charset=utf-8');
    expect(new Uint8Array(await respuesta.arrayBuffer())).toEqual(csv.bytes);
    expect(serveFile({ bytes: bytes('{}'), tipo: 'application/ld+json' }).headers.get('Content-Type')).toBe('application/ld+json; charset=utf-8');
    expect(serveFile({ bytes: new Uint8Array([80, 75, 3, 4]), tipo: 'application/zip' }).headers.get('Content-Type')).toBe('application/zip');
  });

  it('leaves the held bytes intact, so the same file can be served again', async () => {
    const zip = { bytes: new Uint8Array(1_000_000).map((_, i) => i % 251), tipo: 'application/zip' };
    const copia = zip.bytes.slice();
    for (let vez = 0; vez < 3; vez++) expect(Buffer.from(await serveFile(zip).arrayBuffer()).equals(Buffer.from(copia))).toBe(true);
    expect(zip.bytes.byteLength).toBe(copia.byteLength);
    expect(Buffer.from(zip.bytes).equals(Buffer.from(copia))).toBe(true);
  });

  it('serves an empty file as an empty body', async () => {
    expect((await serveFile({ bytes: new Uint8Array(0), tipo: 'text/plain' }).arrayBuffer()).byteLength).toBe(0);
  });
});
