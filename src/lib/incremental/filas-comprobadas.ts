/**
 * The datasets whose rows passed the checks (`checkRows`) in the last build, kept between builds.
 * Checking every row of a 10,000-session site against its declaration is 0.9 s of a rebuild in
 * which one edited session changes a dataset or two: a dataset is checked again only when its
 * declaration, its bytes or the values its foreign keys refer to changed (`rowCheckKeys`), or the
 * checking code did (the record is kept per fingerprint of that code). The record is only an aid:
 * unreadable or from other code, it is as if empty, and every row is checked.
 */
import fs from 'node:fs';
import path from 'node:path';
import { localImportClosure } from '../contenido/codigo-del-contenido.ts';
import type { ComprobacionesAnteriores } from '../datos/generar.ts';
import { filesFingerprint } from '../huella-de-archivos.ts';

export interface RegistroDeComprobaciones extends ComprobacionesAnteriores {
  /** Writes the keys this build found or added, and no other (datasets change, keys pile up). */
  save(): void;
}

interface ArchivoDelRegistro {
  codigo: string;
  claves: string[];
}

/** Fingerprint of the checks: `src/lib/datos/verificar.ts` with everything it imports. */
export function rowCheckCodeFingerprint(raiz: string): string {
  return filesFingerprint(raiz, localImportClosure([path.join(raiz, 'src', 'lib', 'datos', 'verificar.ts')]));
}

/** The record kept in `archivo` for the checking code `codigo`. */
export function checkRecord(archivo: string, codigo: string): RegistroDeComprobaciones {
  let anteriores = new Set<string>();
  try {
    const leido = JSON.parse(fs.readFileSync(archivo, 'utf8')) as Partial<ArchivoDelRegistro>;
    if (leido.codigo === codigo && Array.isArray(leido.claves)) anteriores = new Set(leido.claves.filter((c) => typeof c === 'string'));
  } catch {
    // No record yet, or not one this code can read: every row is checked.
  }
  const vigentes = new Set<string>();
  return {
    has(clave) {
      const esta = anteriores.has(clave);
      if (esta) vigentes.add(clave);
      return esta;
    },
    add: (clave) => void vigentes.add(clave),
    save() {
      try {
        fs.mkdirSync(path.dirname(archivo), { recursive: true });
        const datos: ArchivoDelRegistro = { codigo, claves: [...vigentes].sort() };
        fs.writeFileSync(archivo, JSON.stringify(datos));
      } catch {
        // Not written: the next build checks every row again.
      }
    },
  };
}
