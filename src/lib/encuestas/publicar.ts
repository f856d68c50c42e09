/**
 * The privacy threshold: turns accumulators into what may be published. A group (the state, a
 * municipality, a municipality × question, a municipality × dimension) with fewer than k
 * respondents is suppressed — its count and its distribution are replaced by «menos de k
 * respuestas». When the total is published, suppressed groups must not be recoverable by
 * subtraction, so further groups are suppressed, smallest first, until the suppressed groups
 * together hold none or at least k respondents.
 */
import type { Dimension, TipoDePregunta } from '../../schemas/encuesta.ts';
import { median, medianFromCounts, type Acumulado, type Agregador, type PreguntaParaAgregar } from './agregar.ts';

/** «menos de 5 respuestas»: how a figure suppressed for its own size is shown and written everywhere. */
export function lessThanK(k: number): string {
  return `menos de ${k} respuestas`;
}

/**
 * Why a figure is not published: its group has fewer than k respondents, or it has k or more but is
 * hidden so that a smaller one cannot be worked out by subtraction.
 */
export type MotivoDeSupresion = 'menos-de-k' | 'proteccion';

/** The municipality of a published response whose municipality is not published, whatever the reason. */
export const MUNICIPIO_OCULTO = 'municipio no publicado';

/** What is shown in place of a figure hidden to protect another group. */
export const OCULTO_PARA_PROTEGER = 'oculto para proteger a quien respondió';

/**
 * «7» and «municipios con 5 o más respuestas (6 publicados y 1 oculto para proteger a quien
 * respondió en otro municipio)»: how many municipalities reach k, and how many of them are shown.
 */
export function municipalitiesWithK(r: Pick<ResultadosPublicados, 'conK' | 'publicables'>, k: number): { n: number; texto: string } {
  const ocultos = r.conK - r.publicables.length;
  const detalle =
    ocultos > 0
      ? ` (${r.publicables.length} ${r.publicables.length === 1 ? 'publicado' : 'publicados'} y ${ocultos} ${ocultos === 1 ? 'oculto' : 'ocultos'} para proteger a quien respondió en otro municipio)`
      : '';
  return { n: r.conK, texto: `municipios con ${k} o más respuestas${detalle}` };
}

/** The truthful label of a suppressed figure. */
export function suppressionLabel(grupo: { motivo?: MotivoDeSupresion }, k: number): string {
  return grupo.motivo === 'proteccion' ? OCULTO_PARA_PROTEGER : lessThanK(k);
}

export interface OpcionPublicada {
  etiqueta: string;
  conteo: number;
  /** Percentage of the respondents who answered the question, one decimal. */
  porcentaje: number;
}

export interface ResultadoPublicado {
  /** Respondents who answered; null when suppressed. */
  n: number | null;
  suprimido: boolean;
  motivo?: MotivoDeSupresion;
  /** Distribution per option (or interval); empty when suppressed and for free text. */
  opciones: OpcionPublicada[];
  media?: number;
  mediana?: number;
}

export interface PreguntaPublicable extends PreguntaParaAgregar {
  texto: string;
  columna: string;
  unidad?: string;
}

export interface PreguntaPublicada {
  id: string;
  dimension: string;
  texto: string;
  tipo: TipoDePregunta;
  opciones: string[];
  unidad?: string;
  estado: ResultadoPublicado;
  /** Only municipalities with a page (k or more respondents in the survey). */
  municipios: Record<string, ResultadoPublicado>;
  /** Free-text answers allowed and checked for publication (state level only, never per municipality). */
  textos: string[];
}

export interface MunicipioPublicado {
  cvegeo: string;
  nombre: string;
  /** Responses from the municipality; null when suppressed. */
  respuestas: number | null;
  suprimido: boolean;
  motivo?: MotivoDeSupresion;
}

export interface DimensionEnGrupo {
  n: number | null;
  suprimido: boolean;
  motivo?: MotivoDeSupresion;
  /** Mean of the dimension's scale answers rescaled to 0–100, when it has scale questions. */
  indice?: number;
}

export interface DimensionPublicada extends Dimension {
  preguntas: string[];
  estado: DimensionEnGrupo;
  municipios: Record<string, DimensionEnGrupo>;
}

export interface ResultadosPublicados {
  k: number;
  /** Total responses; null when fewer than k. */
  respuestas: number | null;
  suprimido: boolean;
  /** Responses that name no municipality. */
  sinMunicipio: { n: number | null; suprimido: boolean; motivo?: MotivoDeSupresion };
  /** Every municipality with at least one response, by INEGI key. */
  municipios: MunicipioPublicado[];
  /** Municipalities whose figures are published (and get a page). */
  publicables: string[];
  /** Municipalities with k or more responses: the published ones and those hidden to protect a smaller one. */
  conK: number;
  preguntas: PreguntaPublicada[];
  dimensiones: DimensionPublicada[];
}

const round = (value: number, digits: number) => {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
};

/**
 * Keys to suppress among groups that partition a published total: those below k, then the
 * smallest others until the suppressed ones add up to zero or at least k.
 */
export function suppressedKeys(grupos: readonly { clave: string; n: number }[], k: number): Set<string> {
  const suprimidos = new Set(grupos.filter((g) => g.n > 0 && g.n < k).map((g) => g.clave));
  const suma = () => grupos.filter((g) => suprimidos.has(g.clave)).reduce((a, g) => a + g.n, 0);
  const resto = grupos.filter((g) => g.n > 0 && !suprimidos.has(g.clave)).sort((a, b) => a.n - b.n || a.clave.localeCompare(b.clave));
  while (suma() > 0 && suma() < k && resto.length) suprimidos.add(resto.shift()!.clave);
  return suprimidos;
}

/** Why a group of `n` is suppressed, or undefined when it is published. */
const reasonFor = (n: number, k: number, forzar: boolean): MotivoDeSupresion | undefined => (n < k ? 'menos-de-k' : forzar ? 'proteccion' : undefined);

function publishAccumulator(
  acumulado: Acumulado,
  pregunta: PreguntaParaAgregar,
  etiquetas: string[],
  puntajes: number[] | undefined,
  k: number,
  forzar = false,
): ResultadoPublicado {
  const motivo = reasonFor(acumulado.n, k, forzar);
  if (motivo) return { n: null, suprimido: true, motivo, opciones: [] };
  const resultado: ResultadoPublicado = {
    n: acumulado.n,
    suprimido: false,
    opciones:
      pregunta.tipo === 'texto-libre'
        ? []
        : etiquetas.map((etiqueta, i) => ({ etiqueta, conteo: acumulado.conteos[i], porcentaje: round((acumulado.conteos[i] / acumulado.n) * 100, 1) })),
  };
  if (pregunta.tipo === 'escala') {
    resultado.media = round(acumulado.suma / acumulado.n, 2);
    resultado.mediana = medianFromCounts(puntajes!, acumulado.conteos);
  }
  if (pregunta.tipo === 'numero') {
    resultado.media = round(acumulado.suma / acumulado.n, 2);
    resultado.mediana = median(acumulado.valores);
  }
  return resultado;
}

export interface EntradaDePublicacion {
  agregador: Agregador;
  preguntas: readonly PreguntaPublicable[];
  dimensiones: readonly Dimension[];
  nombres: Map<string, string>;
  k: number;
  /** Free-text answers allowed for publication, by question id. */
  textos?: Map<string, string[]>;
}

export function publishResults({ agregador, preguntas, dimensiones, nombres, k, textos = new Map() }: EntradaDePublicacion): ResultadosPublicados {
  const total = agregador.estado.respuestas;
  const nada = total < k;
  const grupos = [...agregador.municipios.entries()].map(([clave, g]) => ({ clave, n: g.respuestas }));
  const suprimidos = suppressedKeys([...grupos, { clave: '', n: agregador.sinMunicipio }], k);
  const publicables = nada
    ? []
    : grupos
        .filter((g) => !suprimidos.has(g.clave))
        .map((g) => g.clave)
        .sort();

  const municipios: MunicipioPublicado[] = grupos
    .map(({ clave, n }) => {
      const motivo = reasonFor(n, k, nada || suprimidos.has(clave));
      return { cvegeo: clave, nombre: nombres.get(clave) ?? clave, respuestas: motivo ? null : n, suprimido: Boolean(motivo), ...(motivo ? { motivo } : {}) };
    })
    .sort((a, b) => a.cvegeo.localeCompare(b.cvegeo));

  /** Per question (or dimension), the municipalities whose figure is also suppressed to protect the residual. */
  const residual = (nDe: (cvegeo: string) => number, nSinMunicipio: number) =>
    suppressedKeys(
      [
        ...publicables.map((clave) => ({ clave, n: nDe(clave) })),
        { clave: '', n: nSinMunicipio + grupos.filter((g) => !publicables.includes(g.clave)).reduce((a, g) => a + nDe(g.clave), 0) },
      ],
      k,
    );

  const publicadas = preguntas.map((pregunta, i): PreguntaPublicada => {
    const etiquetas = pregunta.tipo === 'numero' ? (agregador.intervalsOf(i) ?? []).map((x) => x.etiqueta) : pregunta.opciones;
    const puntajes = agregador.scoresOf(i);
    const estado = publishAccumulator(agregador.estado.preguntas[i], pregunta, etiquetas, puntajes, k, nada);
    const nDe = (clave: string) => agregador.municipios.get(clave)?.preguntas[i].n ?? 0;
    const sinMunicipio = agregador.estado.preguntas[i].n - grupos.reduce((a, g) => a + nDe(g.clave), 0);
    const extra = residual(nDe, sinMunicipio);
    const porMunicipio: Record<string, ResultadoPublicado> = {};
    for (const clave of publicables) {
      porMunicipio[clave] = publishAccumulator(agregador.municipios.get(clave)!.preguntas[i], pregunta, etiquetas, puntajes, k, extra.has(clave));
    }
    return {
      id: pregunta.id,
      dimension: pregunta.dimension,
      texto: pregunta.texto,
      tipo: pregunta.tipo,
      opciones: etiquetas,
      unidad: pregunta.unidad,
      estado,
      municipios: porMunicipio,
      textos: estado.suprimido ? [] : (textos.get(pregunta.id) ?? []),
    };
  });

  const dimensionEnGrupo = (grupo: { n: number; sumaIndice: number; nIndice: number } | undefined, forzar: boolean): DimensionEnGrupo => {
    const motivo = reasonFor(grupo?.n ?? 0, k, forzar);
    if (!grupo || motivo) return { n: null, suprimido: true, motivo: motivo ?? 'menos-de-k' };
    return { n: grupo.n, suprimido: false, indice: grupo.nIndice ? round(grupo.sumaIndice / grupo.nIndice, 1) : undefined };
  };
  const dimensionesPublicadas = dimensiones.map((dimension): DimensionPublicada => {
    const nDe = (clave: string) => agregador.municipios.get(clave)?.dimensiones.get(dimension.id)?.n ?? 0;
    const nEstado = agregador.estado.dimensiones.get(dimension.id)?.n ?? 0;
    const extra = residual(nDe, nEstado - grupos.reduce((a, g) => a + nDe(g.clave), 0));
    const porMunicipio: Record<string, DimensionEnGrupo> = {};
    for (const clave of publicables) porMunicipio[clave] = dimensionEnGrupo(agregador.municipios.get(clave)!.dimensiones.get(dimension.id), extra.has(clave));
    return {
      ...dimension,
      preguntas: preguntas.filter((p) => p.dimension === dimension.id).map((p) => p.id),
      estado: dimensionEnGrupo(agregador.estado.dimensiones.get(dimension.id), nada),
      municipios: porMunicipio,
    };
  });

  return {
    k,
    respuestas: nada ? null : total,
    suprimido: nada,
    sinMunicipio: (() => {
      const motivo = agregador.sinMunicipio ? reasonFor(agregador.sinMunicipio, k, nada || suprimidos.has('')) : nada ? 'menos-de-k' : undefined;
      return motivo ? { n: null, suprimido: true, motivo } : { n: agregador.sinMunicipio, suprimido: false };
    })(),
    municipios,
    publicables,
    conK: nada ? 0 : grupos.filter((g) => g.n >= k).length,
    preguntas: publicadas,
    dimensiones: dimensionesPublicadas,
  };
}
