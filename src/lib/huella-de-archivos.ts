/**
 * A fingerprint of a set of files: SHA-256 (first 16 hex) of each file's path relative to a root
 * and its bytes, in path order (so two clones of the same code share it), plus any extra text. It
 * keys what code makes from content: the rows of the dataset history, the content store's entries.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** Fingerprint of `archivos` (named relative to `raiz`); a missing file counts by its name alone. */
export function filesFingerprint(raiz: string, archivos: readonly string[], extra = ''): string {
  const hash = createHash('sha256');
  const relativos = archivos.map((a) => ({ a, nombre: path.relative(raiz, a).split(path.sep).join('/') })).sort((x, y) => x.nombre.localeCompare(y.nombre));
  for (const { a, nombre } of relativos) {
    hash.update(nombre).update('\0');
    if (fs.existsSync(a)) hash.update(fs.readFileSync(a));
    hash.update('\0');
  }
  return hash.update(extra).digest('hex').slice(0, 16);
}
