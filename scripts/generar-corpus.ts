/**
 * `npm run corpus -- --sesiones 1000 [--respuestas 5000] [--salida DIR] [--semilla N]`: writes a
 * deterministic synthetic corpus (content/ and data/, with a synthetic survey of about N
 * responses) outside the real content. Build it with
 * `CONTENIDO_DIR=DIR/content DATOS_DIR=DIR/data npm run build`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateCorpus } from '../src/lib/corpus/generar.ts';
import { writeDemo } from './generar-encuesta-sintetica.ts';

export function writeCorpus(salida: string, sesiones: number, semilla?: number, respuestas = 1000): number {
  fs.rmSync(salida, { recursive: true, force: true });
  const files = generateCorpus({ sesiones, semilla });
  for (const [ruta, texto] of files) {
    const destino = path.join(salida, ruta);
    fs.mkdirSync(path.dirname(destino), { recursive: true });
    fs.writeFileSync(destino, texto);
  }
  const raiz = path.resolve(import.meta.dirname, '..');
  fs.mkdirSync(path.join(salida, 'data'), { recursive: true });
  fs.cpSync(path.join(raiz, 'data', 'municipios-edomex.csv'), path.join(salida, 'data', 'municipios-edomex.csv'));
  fs.cpSync(path.join(raiz, 'data', 'mapas'), path.join(salida, 'data', 'mapas'), { recursive: true });
  if (respuestas > 0) writeDemo(path.join(salida, 'data', 'encuestas', 'encuesta-sintetica'), { respuestas });
  return files.size;
}

if (import.meta.main) {
  const arg = (nombre: string) => {
    const i = process.argv.indexOf(`--${nombre}`);
    return i >= 0 ? process.argv[i + 1] : undefined;
  };
  const sesiones = Number(arg('sesiones') ?? 100);
  const salida = path.resolve(arg('salida') ?? path.join(os.tmpdir(), `corpus-${sesiones}`));
  const n = writeCorpus(salida, sesiones, arg('semilla') ? Number(arg('semilla')) : undefined, Number(arg('respuestas') ?? 1000));
  console.log(`Corpus sintético de ${sesiones} sesiones (${n} archivos) en ${salida}`);
  console.log(`Construir: CONTENIDO_DIR=${salida}/content DATOS_DIR=${salida}/data npm run build`);
}
