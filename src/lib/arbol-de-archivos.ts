/**
 * The files below a folder. Node's `readdirSync(carpeta, { recursive: true })` is several times
 * slower than reading each folder with its entry types (2.4 s against 0.8 s for the 165 000
 * entries of a 10 000-session output, 110 ms against 10 ms for its 10 000 minutes): listings
 * that run on every build use this instead.
 */
import fs from 'node:fs';
import path from 'node:path';

const isFolder = (ruta: string) => fs.statSync(ruta, { throwIfNoEntry: false })?.isDirectory() === true;

/**
 * Paths of the files below `carpeta` (relative to it, with `/`), in no particular order; none
 * when the folder does not exist. A symbolic link to a folder is followed, as Node's listing does.
 */
export function filesBelow(carpeta: string): string[] {
  const archivos: string[] = [];
  const recorrer = (relativa: string) => {
    for (const entrada of fs.readdirSync(relativa ? path.join(carpeta, relativa) : carpeta, { withFileTypes: true })) {
      const ruta = relativa ? `${relativa}/${entrada.name}` : entrada.name;
      if (entrada.isDirectory() || (entrada.isSymbolicLink() && isFolder(path.join(carpeta, ruta)))) recorrer(ruta);
      else archivos.push(ruta);
    }
  };
  if (fs.existsSync(carpeta)) recorrer('');
  return archivos;
}
