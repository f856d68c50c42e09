/**
 * Survey checks for `npm run validate` and the build gate: every folder under
 * `data/encuestas/`, with the same located Spanish problems as the rest of the content.
 */
import fs from 'node:fs';
import path from 'node:path';
import sitio from '../../../sitio.config.ts';
import type { Carpetas } from '../contenido/rutas.ts';
import type { Problema } from '../lectura/problema.ts';
import { placeholderProblems } from '../pendientes.ts';
import { readMunicipalities } from './carpetas.ts';
import { processAllSurveys } from './procesar.ts';
import type { EncuestaProcesada } from './tipos.ts';

export interface ValidacionDeEncuestas {
  problemas: Problema[];
  encuestas: EncuestaProcesada[];
}

export function validateSurveys(carpetas: Carpetas, umbral = sitio.umbralDePrivacidad): ValidacionDeEncuestas {
  const encuestas = processAllSurveys(carpetas.datos, { raiz: carpetas.raiz, municipios: readMunicipalities(carpetas.datos), umbral });
  const problemas = encuestas.flatMap((e) => e.problemas);
  // A scaffold's description and codebook carry «PENDIENTE:» until staff write them; the export is the tool's own.
  for (const e of encuestas) {
    for (const archivo of [e.archivos.encuesta, e.archivos.preguntas]) {
      const file = path.join(carpetas.raiz, archivo);
      if (fs.existsSync(file)) problemas.push(...placeholderProblems(archivo, fs.readFileSync(file, 'utf8')));
    }
  }
  const ids = new Set(encuestas.map((e) => e.id));
  for (const e of encuestas) {
    const demostrada = e.encuesta?.demostracion_de;
    if (demostrada && !ids.has(demostrada)) {
      problemas.push({
        archivo: e.archivos.encuesta,
        campo: 'demostracion_de',
        mensaje: `no existe la encuesta «${demostrada}» (se esperaba una carpeta de ${path.relative(carpetas.raiz, path.join(carpetas.datos, 'encuestas')).split(path.sep).join('/')}/)`,
        nivel: 'error',
      });
    }
  }
  return { problemas, encuestas };
}
