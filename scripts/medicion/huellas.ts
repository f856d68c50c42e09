/**
 * The SHA-256 of every file of a built site, to prove two builds wrote the same thing (an
 * incremental rebuild and a clean build of the same content).
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** Every file under `carpeta`, by path relative to it (with `/`), with the SHA-256 of its bytes. */
export function fileHashes(carpeta: string): Map<string, string> {
  const huellas = new Map<string, string>();
  for (const nombre of (fs.readdirSync(carpeta, { recursive: true }) as string[]).sort()) {
    const archivo = path.join(carpeta, nombre);
    if (fs.statSync(archivo).isFile()) huellas.set(nombre.split(path.sep).join('/'), createHash('sha256').update(fs.readFileSync(archivo)).digest('hex'));
  }
  return huellas;
}

/** Files that are in one set and not the other, or in both with different bytes, sorted. */
export function differentFiles(a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): string[] {
  const nombres = new Set([...a.keys(), ...b.keys()]);
  return [...nombres].filter((nombre) => a.get(nombre) !== b.get(nombre)).sort();
}
