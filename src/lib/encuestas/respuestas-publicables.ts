/**
 * The responses as they may be downloaded: a second streaming pass over the export that keeps
 * only the codebook's questions, drops ignored columns (respondent id, timestamp, e-mail…),
 * drops free text unless the survey allows it and it holds no personal data, hides the
 * municipality of respondents from municipalities below the threshold, and orders rows by a
 * hash of their content so the original (time) order is not kept.
 */
import fs from 'node:fs';
import path from 'node:path';
import { findPersonalData } from './datos-personales.ts';
import { decodeUtf8, walkCsv } from './leer-respuestas.ts';
import { createMunicipalityMatcher, type MunicipioInegi } from './municipios.ts';
import { ARCHIVOS_DE_ENCUESTA } from './carpetas.ts';
import { parseAnswer } from './respuesta.ts';
import type { EncuestaProcesada } from './tipos.ts';
import { MUNICIPIO_OCULTO } from './publicar.ts';

export type FilaDeRespuesta = Record<string, string | number | null>;

/** FNV-1a, for a stable order that does not follow the export's. */
function hash(texto: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < texto.length; i++) {
    h ^= texto.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function publishableResponses(procesada: EncuestaProcesada, municipios: readonly MunicipioInegi[]): FilaDeRespuesta[] {
  const { encuesta, resultados } = procesada;
  if (!encuesta || !resultados || resultados.suprimido) return [];
  const decodificado = decodeUtf8(fs.readFileSync(path.join(procesada.carpeta, ARCHIVOS_DE_ENCUESTA.respuestas)));
  if (decodificado.texto === undefined) return [];
  const buscador = createMunicipalityMatcher(municipios, encuesta.equivalencias_de_municipio);
  const nombres = new Map(municipios.map((m) => [m.cvegeo, m.nombre]));
  const publicables = new Set(resultados.publicables);
  let indices: number[] = [];
  let columnaMunicipio = -1;
  const filas: { clave: number; fila: FilaDeRespuesta }[] = [];
  walkCsv(
    decodificado.texto,
    (columnas) => {
      indices = procesada.preguntas.map((p) => columnas.indexOf(p.columna));
      columnaMunicipio = encuesta.columna_municipio ? columnas.indexOf(encuesta.columna_municipio) : -1;
    },
    (celdas) => {
      const fila: FilaDeRespuesta = { sintetico: encuesta.sintetico ? 'sí' : 'no' };
      const valorMunicipio = columnaMunicipio >= 0 ? celdas[columnaMunicipio]?.trim() : '';
      const cvegeo = valorMunicipio ? buscador.match(valorMunicipio).cvegeo : undefined;
      if (encuesta.columna_municipio) {
        fila.cvegeo = cvegeo && publicables.has(cvegeo) ? cvegeo : null;
        fila.municipio = cvegeo ? (publicables.has(cvegeo) ? nombres.get(cvegeo)! : MUNICIPIO_OCULTO) : null;
      }
      procesada.preguntas.forEach((pregunta, i) => {
        if (pregunta.tipo === 'texto-libre' && !encuesta.publicar_texto_libre) return;
        const { valor } = parseAnswer(pregunta, celdas[indices[i]] ?? '');
        if (valor === undefined) fila[pregunta.id] = null;
        else if (pregunta.tipo === 'texto-libre') fila[pregunta.id] = findPersonalData(valor as string).length ? null : (valor as string);
        else if (pregunta.tipo === 'numero') fila[pregunta.id] = valor as number;
        else if (Array.isArray(valor)) fila[pregunta.id] = valor.map((o) => pregunta.opciones[o]).join('|');
        else fila[pregunta.id] = pregunta.opciones[valor as number];
      });
      filas.push({ clave: hash(JSON.stringify(fila)), fila });
    },
  );
  return filas
    .sort((a, b) => {
      const [x, y] = [String(a.fila.cvegeo ?? '~'), String(b.fila.cvegeo ?? '~')];
      return x < y ? -1 : x > y ? 1 : a.clave - b.clave;
    })
    .map(({ fila }, i) => ({ respuesta: i + 1, ...fila }));
}
