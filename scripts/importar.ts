/**
 * `npm run importar -- <archivo> [--id <id>]`: imports an acta or minuta (.txt, .docx or a PDF
 * with text) as a draft session in content/sesiones/, with proposed catalogue additions beside
 * it, validates the result and says in Spanish what was found and what to check.
 */
import { resolveFolders } from '../src/lib/contenido/rutas.ts';
import { reportOf } from '../src/lib/importador/informe.ts';
import { ImportacionRechazada, importActa } from '../src/lib/importador/importar.ts';

const AYUDA = `Uso: npm run importar -- <archivo> [--id <id>]

Lee un acta o minuta (.txt, .docx o .pdf con texto) y escribe un borrador en content/sesiones/
(nunca sobrescribe). Lo que no encuentra queda marcado «# REVISAR:»; npm run validate no acepta
el borrador hasta que se revisen todas las marcas.

  --id <id>   nombre del archivo de la sesión (por omisión <órgano>-<fecha>)`;

/** The file and the options given, or a Spanish complaint. */
function parseArguments(argumentos: string[]): { archivo: string; id?: string } | string {
  const archivos: string[] = [];
  let id: string | undefined;
  for (let i = 0; i < argumentos.length; i++) {
    const a = argumentos[i];
    if (a === '--id') {
      id = argumentos[++i];
      if (!id) return 'Falta el valor de --id.';
    } else if (a.startsWith('--')) return `No conozco la opción «${a}».`;
    else archivos.push(a);
  }
  if (archivos.length !== 1) return archivos.length ? 'Indique un solo archivo.' : 'Indique el archivo del acta.';
  return { archivo: archivos[0], id };
}

const argumentos = process.argv.slice(2);
if (argumentos.some((a) => ['--help', '-h', '--ayuda'].includes(a))) {
  console.log(AYUDA);
} else {
  const pedido = parseArguments(argumentos);
  if (typeof pedido === 'string') {
    console.error(`✗ ${pedido}\n\n${AYUDA}`);
    process.exitCode = 1;
  } else {
    try {
      console.log(reportOf(await importActa(pedido.archivo, { carpetas: resolveFolders(), id: pedido.id })));
    } catch (causa) {
      if (!(causa instanceof ImportacionRechazada)) throw causa;
      console.error(`✗ ${causa.message}\nNo se escribió ningún archivo.`);
      process.exitCode = 1;
    }
  }
}
