/**
 * A survey's downloads as datasets: pure functions that give each table's field schema and rows,
 * ready for a dataset registry (CSV, JSON, catalogue entries). Until the registry of `/datos/`
 * exists, the survey's own endpoints under `/encuestas/<id>/` serialise them.
 * Every row of a synthetic survey says so in its `sintetico` column.
 */
import { TIPOS_DE_PREGUNTA } from '../../schemas/encuesta.ts';
import type { MunicipioInegi } from './municipios.ts';
import type { EncuestaProcesada } from './tipos.ts';
import { lessThanK, MUNICIPIO_OCULTO, OCULTO_PARA_PROTEGER, suppressionLabel, type DimensionEnGrupo, type ResultadoPublicado } from './publicar.ts';
import { publishableResponses } from './respuestas-publicables.ts';

export type TipoDeCampo = 'string' | 'integer' | 'number';

/** A column of a dataset, as a Frictionless table schema field. */
export interface Campo {
  nombre: string;
  tipo: TipoDeCampo;
  descripcion: string;
}

export type Fila = Record<string, string | number | null>;

export interface ConjuntoDeEncuesta {
  /** File name without extension, unique within the survey (`resultados`). */
  nombre: string;
  titulo: string;
  descripcion: string;
  campos: Campo[];
  filas: Fila[];
}

export const AVISO_SINTETICO = 'Datos sintéticos de demostración: no son respuestas reales';

const SINTETICO: Campo = {
  nombre: 'sintetico',
  tipo: 'string',
  descripcion: `«sí» si la fila es parte de una demostración sintética (${AVISO_SINTETICO.toLowerCase()}); «no» si son datos reales`,
};
const CVEGEO: Campo = {
  nombre: 'cvegeo',
  tipo: 'string',
  descripcion: 'Clave geoestadística del municipio (INEGI); vacía para el total estatal o si el municipio no se publica',
};
const MUNICIPIO: Campo = { nombre: 'municipio', tipo: 'string', descripcion: 'Nombre del municipio (INEGI)' };
const AMBITO: Campo = { nombre: 'ambito', tipo: 'string', descripcion: '«estado» o «municipio»' };
const DIMENSION: Campo = { nombre: 'dimension', tipo: 'string', descripcion: 'Identificador de la dimensión' };

/** Everything the datasets of one survey need. */
export function surveyDatasets(procesada: EncuestaProcesada, municipios: readonly MunicipioInegi[]): ConjuntoDeEncuesta[] {
  const encuesta = procesada.encuesta;
  if (!encuesta) return [];
  const sintetico = encuesta.sintetico ? 'sí' : 'no';
  const menos = lessThanK(procesada.k);
  const nota = (grupo: { suprimido: boolean; motivo?: Parameters<typeof suppressionLabel>[0]['motivo'] }) =>
    grupo.suprimido ? suppressionLabel(grupo, procesada.k) : null;
  const nombres = new Map(municipios.map((m) => [m.cvegeo, m.nombre]));
  const dimensionNombre = new Map(encuesta.dimensiones.map((d) => [d.id, d.nombre]));
  const conjuntos: ConjuntoDeEncuesta[] = [];

  const hallazgos: Fila[] = encuesta.dimensiones.flatMap((d) =>
    d.hallazgos.map((h, i) => ({ sintetico, dimension: d.id, dimension_nombre: d.nombre, numero: i + 1, hallazgo: h })),
  );
  if (hallazgos.length) {
    conjuntos.push({
      nombre: 'hallazgos',
      titulo: 'Hallazgos por dimensión',
      descripcion: `Hallazgos que reporta la fuente (${encuesta.fuente.documento}), por dimensión.`,
      campos: [
        SINTETICO,
        DIMENSION,
        { nombre: 'dimension_nombre', tipo: 'string', descripcion: 'Nombre de la dimensión' },
        { nombre: 'numero', tipo: 'integer', descripcion: 'Orden del hallazgo en la dimensión' },
        { nombre: 'hallazgo', tipo: 'string', descripcion: 'Hallazgo, como lo reporta la fuente' },
      ],
      filas: hallazgos,
    });
  }

  const conocida = encuesta.participacion_conocida;
  if (conocida) {
    const citados = new Map(conocida.municipios.map((m) => [m.cvegeo, m]));
    conjuntos.push({
      nombre: 'participacion',
      titulo: 'Municipios participantes',
      descripcion: `Los ${municipios.length} municipios del estado y si la fuente los nombra entre los participantes. La fuente no desglosa las ${conocida.respuestas} ${conocida.unidad} por municipio.`,
      campos: [
        SINTETICO,
        CVEGEO,
        MUNICIPIO,
        { nombre: 'participo', tipo: 'string', descripcion: '«sí» si la fuente nombra al municipio entre los participantes; «no» en otro caso' },
        { nombre: 'como_aparece', tipo: 'string', descripcion: 'Nombre del municipio como lo escribe la fuente' },
      ],
      filas: municipios.map((m) => ({
        sintetico,
        cvegeo: m.cvegeo,
        municipio: m.nombre,
        participo: citados.has(m.cvegeo) ? 'sí' : 'no',
        como_aparece: citados.get(m.cvegeo)?.como_aparece ?? null,
      })),
    });
    return conjuntos;
  }

  conjuntos.push({
    nombre: 'preguntas',
    titulo: 'Libro de códigos',
    descripcion: 'Cada pregunta del cuestionario: identificador, dimensión, texto, tipo y opciones de respuesta.',
    campos: [
      SINTETICO,
      { nombre: 'pregunta_id', tipo: 'string', descripcion: 'Identificador de la pregunta (nombre de su columna en «respuestas»)' },
      DIMENSION,
      { nombre: 'dimension_nombre', tipo: 'string', descripcion: 'Nombre de la dimensión' },
      { nombre: 'texto', tipo: 'string', descripcion: 'Texto de la pregunta' },
      { nombre: 'tipo', tipo: 'string', descripcion: `Tipo de pregunta: ${Object.keys(TIPOS_DE_PREGUNTA).join(', ')}` },
      { nombre: 'opciones', tipo: 'string', descripcion: 'Opciones de respuesta separadas por «|» (de menor a mayor en las escalas)' },
      { nombre: 'minimo', tipo: 'number', descripcion: 'Valor mínimo aceptado (preguntas numéricas)' },
      { nombre: 'maximo', tipo: 'number', descripcion: 'Valor máximo aceptado (preguntas numéricas)' },
      { nombre: 'unidad', tipo: 'string', descripcion: 'Unidad de las respuestas numéricas' },
      { nombre: 'publicada', tipo: 'string', descripcion: '«no» para texto libre que la encuesta no publica' },
    ],
    filas: procesada.preguntas.map((p) => ({
      sintetico,
      pregunta_id: p.id,
      dimension: p.dimension,
      dimension_nombre: dimensionNombre.get(p.dimension) ?? p.dimension,
      texto: p.texto,
      tipo: p.tipo,
      opciones: p.opciones.length ? p.opciones.join('|') : null,
      minimo: p.minimo ?? null,
      maximo: p.maximo ?? null,
      unidad: p.unidad ?? null,
      publicada: p.tipo === 'texto-libre' && !encuesta.publicar_texto_libre ? 'no' : 'sí',
    })),
  });

  const resultados = procesada.resultados;
  if (!resultados) return conjuntos;

  const NOTA: Campo = {
    nombre: 'nota',
    tipo: 'string',
    descripcion: `Por qué falta la cifra: «${menos}», o «${OCULTO_PARA_PROTEGER}» cuando tiene ${procesada.k} o más pero se oculta para que no se deduzca, restando, la de un grupo más pequeño`,
  };
  conjuntos.push({
    nombre: 'participacion',
    titulo: 'Respuestas por municipio',
    descripcion: `Número de respuestas de cada municipio con al menos una; las cifras de menos de ${procesada.k} respuestas se suprimen.`,
    campos: [SINTETICO, CVEGEO, MUNICIPIO, { nombre: 'respuestas', tipo: 'integer', descripcion: 'Respuestas del municipio; vacía si se suprime' }, NOTA],
    filas: [
      ...resultados.municipios.map((m) => ({ sintetico, cvegeo: m.cvegeo, municipio: m.nombre, respuestas: m.respuestas, nota: nota(m) })),
      ...(resultados.sinMunicipio.suprimido || resultados.sinMunicipio.n
        ? [{ sintetico, cvegeo: null, municipio: 'Sin municipio', respuestas: resultados.sinMunicipio.n, nota: nota(resultados.sinMunicipio) }]
        : []),
      { sintetico, cvegeo: null, municipio: 'Total estatal', respuestas: resultados.respuestas, nota: resultados.suprimido ? menos : null },
    ],
  });

  const filasDeResultado = (ambito: string, cvegeo: string | null, preguntaId: string, dimension: string, tipo: string, r: ResultadoPublicado): Fila[] => {
    const base = { sintetico, ambito, cvegeo, municipio: cvegeo ? (nombres.get(cvegeo) ?? cvegeo) : null, pregunta_id: preguntaId, dimension, tipo, n: r.n };
    if (r.suprimido) return [{ ...base, opcion: null, conteo: null, porcentaje: null, media: null, mediana: null, nota: nota(r) }];
    const resumen = { media: r.media ?? null, mediana: r.mediana ?? null };
    if (!r.opciones.length) return [{ ...base, opcion: null, conteo: null, porcentaje: null, ...resumen, nota: null }];
    return r.opciones.map((o) => ({ ...base, opcion: o.etiqueta, conteo: o.conteo, porcentaje: o.porcentaje, ...resumen, nota: null }));
  };
  conjuntos.push({
    nombre: 'resultados',
    titulo: 'Resultados por pregunta',
    descripcion: `Conteo y porcentaje de cada opción (o intervalo) por pregunta, para el estado y para cada municipio con ${procesada.k} o más respuestas; media y mediana de escalas y números.`,
    campos: [
      SINTETICO,
      AMBITO,
      CVEGEO,
      MUNICIPIO,
      { nombre: 'pregunta_id', tipo: 'string', descripcion: 'Identificador de la pregunta (ver «preguntas»)' },
      DIMENSION,
      { nombre: 'tipo', tipo: 'string', descripcion: 'Tipo de pregunta' },
      { nombre: 'n', tipo: 'integer', descripcion: 'Personas que respondieron la pregunta; vacía si se suprime' },
      { nombre: 'opcion', tipo: 'string', descripcion: 'Opción de respuesta o intervalo de valores' },
      { nombre: 'conteo', tipo: 'integer', descripcion: 'Personas que eligieron la opción (en opción múltiple cada persona puede elegir varias)' },
      { nombre: 'porcentaje', tipo: 'number', descripcion: 'Porcentaje de quienes respondieron la pregunta, con un decimal' },
      { nombre: 'media', tipo: 'number', descripcion: 'Media (escalas y números)' },
      { nombre: 'mediana', tipo: 'number', descripcion: 'Mediana (escalas y números)' },
      NOTA,
    ],
    filas: resultados.preguntas.flatMap((p) => [
      ...filasDeResultado('estado', null, p.id, p.dimension, p.tipo, p.estado),
      ...resultados.publicables.flatMap((c) => filasDeResultado('municipio', c, p.id, p.dimension, p.tipo, p.municipios[c])),
    ]),
  });

  const filaDeDimension = (ambito: string, cvegeo: string | null, dimension: string, d: DimensionEnGrupo): Fila => ({
    sintetico,
    ambito,
    cvegeo,
    municipio: cvegeo ? (nombres.get(cvegeo) ?? cvegeo) : null,
    dimension,
    dimension_nombre: dimensionNombre.get(dimension) ?? dimension,
    n: d.n,
    indice: d.indice ?? null,
    nota: nota(d),
  });
  conjuntos.push({
    nombre: 'dimensiones',
    titulo: 'Resultados por dimensión',
    descripcion:
      'Personas que respondieron al menos una pregunta de cada dimensión y el índice de sus escalas (0 a 100), para el estado y cada municipio publicado.',
    campos: [
      SINTETICO,
      AMBITO,
      CVEGEO,
      MUNICIPIO,
      DIMENSION,
      { nombre: 'dimension_nombre', tipo: 'string', descripcion: 'Nombre de la dimensión' },
      { nombre: 'n', tipo: 'integer', descripcion: 'Personas que respondieron al menos una pregunta de la dimensión; vacía si se suprime' },
      { nombre: 'indice', tipo: 'number', descripcion: 'Promedio de las respuestas de escala de la dimensión llevadas a 0 (mínimo) – 100 (máximo)' },
      NOTA,
    ],
    filas: resultados.dimensiones.flatMap((d) => [
      filaDeDimension('estado', null, d.id, d.estado),
      ...resultados.publicables.map((c) => filaDeDimension('municipio', c, d.id, d.municipios[c])),
    ]),
  });

  const preguntasPublicadas = procesada.preguntas.filter((p) => p.tipo !== 'texto-libre' || encuesta.publicar_texto_libre);
  conjuntos.push({
    nombre: 'respuestas',
    titulo: 'Respuestas anonimizadas',
    descripcion: `Una fila por respuesta, sin identificadores, marcas de tiempo ni texto libre no publicable, en un orden que no es el de llegada; el municipio se omite (se indica «${MUNICIPIO_OCULTO}») cuando no se publica: tiene menos de ${procesada.k} respuestas o se oculta para proteger a otro más pequeño.`,
    campos: [
      { nombre: 'respuesta', tipo: 'integer', descripcion: 'Número de fila en esta tabla (no identifica a nadie ni sigue el orden de llegada)' },
      SINTETICO,
      ...(encuesta.columna_municipio
        ? [CVEGEO, { ...MUNICIPIO, descripcion: `Nombre del municipio (INEGI); «${MUNICIPIO_OCULTO}» si el municipio no se publica` }]
        : []),
      ...preguntasPublicadas.map((p) => ({
        nombre: p.id,
        tipo: (p.tipo === 'numero' ? 'number' : 'string') as TipoDeCampo,
        descripcion: `${p.texto}${p.tipo === 'opcion-multiple' ? ' (opciones elegidas separadas por «|»)' : ''}`,
      })),
    ],
    filas: publishableResponses(procesada, municipios),
  });
  return conjuntos;
}
