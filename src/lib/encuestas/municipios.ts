/**
 * Matching the municipality column of a survey export to INEGI's catalogue. Accepted values are
 * the INEGI name (case and spacing do not matter), the 5-digit `cvegeo`, the 3-digit `cve_mun`,
 * or a value the survey maps in `equivalencias_de_municipio`. Anything else is unknown, and the
 * closest INEGI name is suggested: accents and case are ignored to find it, then edit distance.
 */

export interface MunicipioInegi {
  cvegeo: string;
  cve_mun: string;
  nombre: string;
}

export type Coincidencia = { cvegeo: string; sugerencia?: undefined } | { cvegeo?: undefined; sugerencia?: MunicipioInegi };

/** Lowercase, no accents, single spaces: «San Felipe  del Progreso» → «san felipe del progreso». */
export function foldName(value: string): string {
  return value.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('es').replace(/\s+/g, ' ').trim();
}

/** Same letters and accents, any case and spacing. */
function caseFold(value: string): string {
  return value.normalize('NFC').toLocaleLowerCase('es').replace(/\s+/g, ' ').trim();
}

/** Levenshtein distance, with an early exit once it exceeds `limite`. */
export function editDistance(a: string, b: string, limite = Infinity): number {
  if (Math.abs(a.length - b.length) > limite) return limite + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > limite) return limite + 1;
    previous = current;
  }
  return previous[b.length];
}

export interface BuscadorDeMunicipios {
  /** Resolves one cell of the municipality column (already trimmed and non-empty). */
  match(valor: string): Coincidencia;
  porClave: Map<string, MunicipioInegi>;
}

export function createMunicipalityMatcher(municipios: readonly MunicipioInegi[], equivalencias: Record<string, string> = {}): BuscadorDeMunicipios {
  const porClave = new Map(municipios.map((m) => [m.cvegeo, m]));
  const porCveMun = new Map(municipios.map((m) => [m.cve_mun, m]));
  const porNombre = new Map(municipios.map((m) => [caseFold(m.nombre), m]));
  const plegados = municipios.map((m) => ({ municipio: m, plegado: foldName(m.nombre) }));
  const alias = new Map(Object.entries(equivalencias).map(([k, v]) => [caseFold(k), v]));
  const cache = new Map<string, Coincidencia>();

  function suggest(valor: string): MunicipioInegi | undefined {
    const plegado = foldName(valor);
    if (!plegado) return undefined;
    const igual = plegados.find((p) => p.plegado === plegado);
    if (igual) return igual.municipio;
    const limite = Math.max(2, Math.floor(plegado.length / 4));
    let mejor: { municipio: MunicipioInegi; distancia: number } | undefined;
    for (const p of plegados) {
      const distancia = editDistance(plegado, p.plegado, limite);
      if (distancia <= limite && (!mejor || distancia < mejor.distancia)) mejor = { municipio: p.municipio, distancia };
    }
    if (mejor) return mejor.municipio;
    // «Naucalpan» for «Naucalpan de Juárez»: the start of exactly one name, at a word boundary.
    const prefijos = plegados.filter((p) => p.plegado.startsWith(`${plegado} `));
    return prefijos.length === 1 ? prefijos[0].municipio : undefined;
  }

  function match(valor: string): Coincidencia {
    const cached = cache.get(valor);
    if (cached) return cached;
    const limpio = valor.trim();
    let resultado: Coincidencia;
    const claveAlias = alias.get(caseFold(limpio));
    if (claveAlias && porClave.has(claveAlias)) resultado = { cvegeo: claveAlias };
    else if (/^\d{5}$/.test(limpio) && porClave.has(limpio)) resultado = { cvegeo: limpio };
    else if (/^\d{3}$/.test(limpio) && porCveMun.has(limpio)) resultado = { cvegeo: porCveMun.get(limpio)!.cvegeo };
    else {
      const porNombreExacto = porNombre.get(caseFold(limpio));
      resultado = porNombreExacto ? { cvegeo: porNombreExacto.cvegeo } : { sugerencia: suggest(limpio) };
    }
    cache.set(valor, resultado);
    return resultado;
  }

  return { match, porClave };
}
