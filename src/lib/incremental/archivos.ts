/** Fingerprints of files a page reads besides the content collections. */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** The SHA-256 of each file of `carpeta` by its name, read once; `undefined` for a missing one. */
export function fileFingerprints(carpeta: string): (archivo: string) => string | undefined {
  const huellas = new Map<string, string | undefined>();
  return (archivo) => {
    if (!huellas.has(archivo)) {
      const ruta = path.join(carpeta, archivo);
      huellas.set(archivo, fs.existsSync(ruta) ? createHash('sha256').update(fs.readFileSync(ruta)).digest('hex') : undefined);
    }
    return huellas.get(archivo);
  };
}
