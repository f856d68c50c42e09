/**
 * Aggregation of survey answers, in one pass and bounded memory: counts per option, the
 * distribution, mean and median of scales and numbers, per question, per dimension, for the
 * whole state and per municipality. Nothing here decides what may be published: `publicar.ts`
 * applies the privacy threshold to these accumulators.
 */
import type { TipoDePregunta } from '../../schemas/encuesta.ts';

/** A question of the codebook, as the aggregation needs it. */
export interface PreguntaParaAgregar {
  id: string;
  dimension: string;
  tipo: TipoDePregunta;
  /** Options (opción única, múltiple, escala). */
  opciones: string[];
  minimo?: number;
  maximo?: number;
}

/** One parsed answer: an option index, several option indices, a number, or free text. */
export type Respuesta = number | number[] | string;

/** What is summed for one question in one group (the state, or one municipality). */
export interface Acumulado {
  /** Respondents who answered. */
  n: number;
  /** Per option (or per interval of a number). */
  conteos: number[];
  /** Sum of scores/values, for the mean. */
  suma: number;
  /** Values of a number question, for the median. */
  valores: number[];
}

/** Scores of a scale: the option values when all are numbers, otherwise 1…n. */
export function scaleScores(opciones: readonly string[]): number[] {
  const numeros = opciones.map((o) => Number(o.replace(',', '.')));
  return numeros.every((n) => Number.isFinite(n)) ? numeros : opciones.map((_, i) => i + 1);
}

export interface Intervalo {
  desde: number;
  hasta: number;
  etiqueta: string;
}

/**
 * Intervals of a number question: one per value when the range holds at most 21 whole numbers,
 * otherwise 10 equal intervals from `minimo` to `maximo` (the last one closed).
 */
export function numberIntervals(minimo: number, maximo: number): Intervalo[] {
  const enteros = Number.isInteger(minimo) && Number.isInteger(maximo);
  if (enteros && maximo - minimo + 1 <= 21) {
    return Array.from({ length: maximo - minimo + 1 }, (_, i) => ({ desde: minimo + i, hasta: minimo + i, etiqueta: String(minimo + i) }));
  }
  const ancho = (maximo - minimo) / 10;
  const fmt = (v: number) => String(Math.round(v * 100) / 100);
  return Array.from({ length: 10 }, (_, i) => {
    const desde = minimo + i * ancho;
    const hasta = i === 9 ? maximo : minimo + (i + 1) * ancho;
    return { desde, hasta, etiqueta: `${fmt(desde)} a ${i === 9 ? '' : 'menos de '}${fmt(hasta)}` };
  });
}

/** Index of the interval holding `valor`. */
export function intervalIndex(intervalos: readonly Intervalo[], valor: number): number {
  for (let i = 0; i < intervalos.length; i++) {
    const { desde, hasta } = intervalos[i];
    if (desde === hasta ? valor === desde : valor >= desde && (valor < hasta || i === intervalos.length - 1)) return i;
  }
  return valor < intervalos[0].desde ? 0 : intervalos.length - 1;
}

function emptyAccumulator(tamano: number): Acumulado {
  return { n: 0, conteos: new Array<number>(tamano).fill(0), suma: 0, valores: [] };
}

/** Per dimension: respondents who answered any of its questions, and the scale index. */
export interface AcumuladoDeDimension {
  n: number;
  /** Sum and count of scale answers rescaled to 0–100. */
  sumaIndice: number;
  nIndice: number;
}

export interface GrupoAcumulado {
  respuestas: number;
  preguntas: Acumulado[];
  dimensiones: Map<string, AcumuladoDeDimension>;
}

/** Accumulates answers for the state and every municipality. */
export class Agregador {
  readonly estado: GrupoAcumulado;
  readonly municipios = new Map<string, GrupoAcumulado>();
  /** Responses with no municipality. */
  sinMunicipio = 0;
  private readonly puntajes: (number[] | undefined)[];
  private readonly intervalos: (Intervalo[] | undefined)[];
  private readonly rangos: ([number, number] | undefined)[];

  readonly preguntas: readonly PreguntaParaAgregar[];

  constructor(preguntas: readonly PreguntaParaAgregar[]) {
    this.preguntas = preguntas;
    this.puntajes = preguntas.map((p) => (p.tipo === 'escala' ? scaleScores(p.opciones) : undefined));
    this.intervalos = preguntas.map((p) =>
      p.tipo === 'numero' && p.minimo !== undefined && p.maximo !== undefined ? numberIntervals(p.minimo, p.maximo) : undefined,
    );
    this.rangos = this.puntajes.map((p) => (p ? [Math.min(...p), Math.max(...p)] : undefined));
    this.estado = this.newGroup();
  }

  intervalsOf(indice: number): Intervalo[] | undefined {
    return this.intervalos[indice];
  }

  scoresOf(indice: number): number[] | undefined {
    return this.puntajes[indice];
  }

  private newGroup(): GrupoAcumulado {
    return {
      respuestas: 0,
      preguntas: this.preguntas.map((p, i) =>
        emptyAccumulator(p.tipo === 'numero' ? (this.intervalos[i]?.length ?? 0) : p.tipo === 'texto-libre' ? 0 : p.opciones.length),
      ),
      dimensiones: new Map(),
    };
  }

  /** Adds one response: its municipality (or undefined) and its answers, by question index. */
  add(cvegeo: string | undefined, respuestas: readonly (Respuesta | undefined)[]): void {
    const grupos = [this.estado];
    if (cvegeo) {
      let grupo = this.municipios.get(cvegeo);
      if (!grupo) this.municipios.set(cvegeo, (grupo = this.newGroup()));
      grupos.push(grupo);
    } else this.sinMunicipio++;

    const dimensionesRespondidas = new Set<string>();
    const indice = new Map<string, { suma: number; n: number }>();
    respuestas.forEach((respuesta, i) => {
      if (respuesta === undefined) return;
      const pregunta = this.preguntas[i];
      dimensionesRespondidas.add(pregunta.dimension);
      if (pregunta.tipo === 'escala' && typeof respuesta === 'number') {
        const puntajes = this.puntajes[i]!;
        const [min, max] = this.rangos[i]!;
        const acumulado = indice.get(pregunta.dimension) ?? { suma: 0, n: 0 };
        acumulado.suma += max === min ? 100 : ((puntajes[respuesta] - min) / (max - min)) * 100;
        acumulado.n++;
        indice.set(pregunta.dimension, acumulado);
      }
    });

    for (const grupo of grupos) {
      grupo.respuestas++;
      respuestas.forEach((respuesta, i) => {
        if (respuesta === undefined) return;
        const acumulado = grupo.preguntas[i];
        const pregunta = this.preguntas[i];
        acumulado.n++;
        switch (pregunta.tipo) {
          case 'opcion-unica':
            acumulado.conteos[respuesta as number]++;
            break;
          case 'opcion-multiple':
            for (const opcion of respuesta as number[]) acumulado.conteos[opcion]++;
            break;
          case 'escala':
            acumulado.conteos[respuesta as number]++;
            acumulado.suma += this.puntajes[i]![respuesta as number];
            break;
          case 'numero': {
            const valor = respuesta as number;
            acumulado.suma += valor;
            acumulado.valores.push(valor);
            // A number without «minimo» and «maximo» has no intervals: only its mean and median are published.
            const intervalos = this.intervalos[i];
            if (intervalos) acumulado.conteos[intervalIndex(intervalos, valor)]++;
            break;
          }
          case 'texto-libre':
            break;
        }
      });
      for (const dimension of dimensionesRespondidas) {
        const acumulado = grupo.dimensiones.get(dimension) ?? { n: 0, sumaIndice: 0, nIndice: 0 };
        acumulado.n++;
        const i = indice.get(dimension);
        if (i) {
          acumulado.sumaIndice += i.suma;
          acumulado.nIndice += i.n;
        }
        grupo.dimensiones.set(dimension, acumulado);
      }
    }
  }
}

/** Median of a distribution given as counts per score. */
export function medianFromCounts(puntajes: readonly number[], conteos: readonly number[]): number | undefined {
  const n = conteos.reduce((a, b) => a + b, 0);
  if (!n) return undefined;
  const pares = puntajes.map((p, i) => [p, conteos[i]] as const).sort((a, b) => a[0] - b[0]);
  const at = (k: number) => {
    let acumulado = 0;
    for (const [p, c] of pares) {
      acumulado += c;
      if (k < acumulado) return p;
    }
    return pares[pares.length - 1][0];
  };
  return n % 2 ? at((n - 1) / 2) : (at(n / 2 - 1) + at(n / 2)) / 2;
}

/** Median of a list of values (sorts a copy). */
export function median(valores: readonly number[]): number | undefined {
  if (!valores.length) return undefined;
  const ordenados = Float64Array.from(valores).sort();
  const mitad = ordenados.length >> 1;
  return ordenados.length % 2 ? ordenados[mitad] : (ordenados[mitad - 1] + ordenados[mitad]) / 2;
}
