/**
 * `npm run referencia`: regenerates the field reference of CONTRIBUTING.md from the schemas.
 * With `--comprobar` it only checks that the file is up to date (exit 1 if not).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fieldReference, replaceReference } from '../src/lib/referencia/referencia.ts';

const archivo = path.resolve(import.meta.dirname, '..', 'CONTRIBUTING.md');
const actual = fs.readFileSync(archivo, 'utf8');
const nuevo = replaceReference(actual, fieldReference());
if (process.argv.includes('--comprobar')) {
  if (nuevo !== actual) {
    console.error('CONTRIBUTING.md no está al día con los esquemas: ejecute «npm run referencia».');
    process.exitCode = 1;
  } else console.log('CONTRIBUTING.md está al día.');
} else {
  fs.writeFileSync(archivo, nuevo);
  console.log('CONTRIBUTING.md actualizado.');
}
