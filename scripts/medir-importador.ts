/**
 * `npm run medir:importador`: imports the three real minutes of the seed documents (000, 001 and
 * 002, in `../shared/seeds/` beside the repository) without writing anything, and compares every
 * field with the hand-made session file that cites the same document (matched by SHA-256).
 * Prints precision, recall and exact matches per field and in total.
 *
 * With `--pdf`, each transcription is first printed into a PDF (lines wrapped at 95 characters,
 * 55 a page, as a word processor would) and the importer reads that PDF's text layer instead, so
 * the rules are measured on what a PDF gives: no blank lines between paragraphs, page breaks.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { resolveFolders } from '../src/lib/contenido/rutas.ts';
import { sessionFile } from '../src/lib/importador/escribir.ts';
import { extractSession } from '../src/lib/importador/extraer.ts';
import { loadCatalogs, importableText } from '../src/lib/importador/importar.ts';
import { compareSession, summarize, type Comparacion, type Medida } from '../src/lib/importador/medir.ts';
import { makePdf, wrapLines } from '../src/lib/importador/pruebas/documentos-de-prueba.ts';
import { documentText } from '../src/lib/documentos/texto-de-documento.ts';

const raiz = path.resolve(import.meta.dirname, '..');
const carpetas = resolveFolders(raiz);
// `../shared/seeds` beside the repository (as in CI); a worktree one level deeper finds it above.
const candidatas = process.env.SEMILLAS_DIR ? [process.env.SEMILLAS_DIR] : ['../shared/seeds', '../../shared/seeds'];
const semillas = candidatas.map((c) => path.resolve(raiz, c)).find((c) => fs.existsSync(c)) ?? path.resolve(raiz, candidatas[0]);
const PREFIJOS = ['000', '001', '002'];
const comoPdf = process.argv.includes('--pdf');

const frontmatter = (texto: string) => yaml.load(/^---\n([\s\S]*?)\n---/.exec(texto.replace(/\r\n/g, '\n'))?.[1] ?? '') as Record<string, unknown>;

if (!fs.existsSync(semillas)) {
  console.error(`✗ No encuentro los documentos semilla en ${semillas} (se esperan junto al repositorio, en ../shared/seeds).`);
  process.exit(1);
}
const sesiones = fs
  .readdirSync(path.join(carpetas.contenido, 'sesiones'))
  .filter((f) => /\.mdx?$/.test(f))
  .sort();
const catalogos = loadCatalogs(carpetas);
const todas: Comparacion[] = [];
const pct = (v?: number) => (v === undefined ? '   —  ' : `${(v * 100).toFixed(1).padStart(5)} %`);
const fila = (m: Medida) =>
  `${m.campo.padEnd(24)} ${String(m.exactos).padStart(4)}/${String(m.total).padEnd(4)} ${pct(m.total ? m.exactos / m.total : undefined)}   ${pct(m.precision)}   ${pct(m.exhaustividad)}   ${String(m.inventados).padStart(3)}`;
const cabecera = `${'campo'.padEnd(24)} exactos     %         precisión   exhaustividad  inventados`;

for (const archivo of fs
  .readdirSync(semillas)
  .filter((f) => PREFIJOS.some((p) => f.startsWith(`${p}_`)))
  .sort()) {
  const ruta = path.join(semillas, archivo);
  const huella = createHash('sha256').update(fs.readFileSync(ruta)).digest('hex');
  const pareja = sesiones.find((s) => fs.readFileSync(path.join(carpetas.contenido, 'sesiones', s), 'utf8').includes(huella));
  if (!pareja) {
    console.log(`${archivo}: ninguna sesión cita este documento (sha256 ${huella.slice(0, 12)}…); no se compara.`);
    continue;
  }
  const texto = comoPdf
    ? (await documentText(makePdf(wrapLines(fs.readFileSync(ruta, 'utf8'))), archivo.replace(/\.txt$/, '.pdf'))).texto
    : await importableText(ruta, archivo);
  const borrador = extractSession(texto, catalogos);
  const obtenido = frontmatter(sessionFile(borrador, archivo));
  const esperado = frontmatter(fs.readFileSync(path.join(carpetas.contenido, 'sesiones', pareja), 'utf8'));
  const filas = compareSession(esperado, obtenido);
  todas.push(...filas);
  const { total } = summarize(filas);
  console.log(
    `\n${archivo} → content/sesiones/${pareja}: ${total.exactos} de ${total.total} campos exactos (${pct(total.exactos / total.total).trim()}), ${total.inventados} inventados`,
  );
  for (const f of filas.filter((f) => f.esperado !== f.obtenido)) {
    console.log(
      `  ≠ ${f.campo}: se esperaba ${f.esperado === undefined ? '(vacío)' : `«${f.esperado}»`}, se obtuvo ${f.obtenido === undefined ? '(vacío)' : `«${f.obtenido}»`}`,
    );
  }
}
const { porCampo, total } = summarize(todas);
if (comoPdf) console.log('\n(Medido sobre la capa de texto de cada acta impresa en PDF.)');
console.log(`\n${cabecera}`);
for (const m of porCampo) console.log(fila(m));
console.log(fila(total));
const exactitud = total.total ? total.exactos / total.total : 0;
console.log(`\nTotal: ${(exactitud * 100).toFixed(1)} % de los campos exactos (meta: 95 %), ${total.inventados} valores inventados (meta: 0).`);
process.exitCode = exactitud >= 0.95 && total.inventados === 0 ? 0 : 1;
