/**
 * The ZIP's compressed entries, kept between builds. DEFLATE at level 9 of every CSV is 0.7 s of a
 * 10,000-session rebuild, and one edited session changes a few of them: the others' compressed
 * bytes are read back from the cache folder, found by the SHA-256 of the bytes they compress (the
 * one the publication already computed, when given).
 * A copy is used only if it inflates to exactly those bytes (a truncated or foreign file is
 * compressed again), so the archive is the one a clean build writes.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { inflateRawSync } from 'node:zlib';
import type { Compresor } from '../datos/zip.ts';

export interface CompresionEnCache {
  /** Compresses like `comprimir`, taking the copy of a previous build when there is one. */
  comprimir: Compresor;
  /** Deletes the copies this build did not use (files no longer published, or changed). */
  prune(): void;
  /** Entries taken from the cache and compressed anew, so far. */
  readonly cifras: { reutilizadas: number; comprimidas: number };
}

/**
 * A `Compresor` that keeps its results in `carpeta`. `variante` names the compression (level and
 * zlib version): a copy made another way is never taken. The cache is only an aid: when it cannot
 * be read or written, entries are compressed as without it.
 */
export function cachedCompression(carpeta: string, comprimir: Compresor, variante: string): CompresionEnCache {
  const usadas = new Set<string>();
  const cifras = { reutilizadas: 0, comprimidas: 0 };
  const deVariante = createHash('sha256').update(variante).digest('hex').slice(0, 16);
  const archivoDe = (datos: Uint8Array, sha256 = createHash('sha256').update(datos).digest('hex')) => `${sha256}-${deVariante}.deflate`;
  return {
    cifras,
    comprimir(datos, sha256) {
      const nombre = archivoDe(datos, sha256);
      usadas.add(nombre);
      const archivo = path.join(carpeta, nombre);
      try {
        const copia = fs.readFileSync(archivo);
        if (Buffer.from(datos.buffer, datos.byteOffset, datos.byteLength).equals(inflateRawSync(copia))) {
          cifras.reutilizadas++;
          return copia;
        }
      } catch {
        // No copy yet, or one that does not inflate.
      }
      const comprimidos = comprimir(datos);
      cifras.comprimidas++;
      try {
        fs.mkdirSync(carpeta, { recursive: true });
        // Written aside and renamed, so a build stopped meanwhile leaves no partial copy behind.
        const temporal = `${archivo}.${process.pid}.tmp`;
        fs.writeFileSync(temporal, comprimidos);
        fs.renameSync(temporal, archivo);
      } catch {
        // A read-only or full cache folder: the next build compresses it again.
      }
      return comprimidos;
    },
    prune() {
      let nombres: string[];
      try {
        nombres = fs.readdirSync(carpeta);
      } catch {
        return;
      }
      for (const nombre of nombres) if (!usadas.has(nombre)) fs.rmSync(path.join(carpeta, nombre), { force: true });
    },
  };
}
