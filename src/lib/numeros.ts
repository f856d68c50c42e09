/**
 * Numbers as Mexican Spanish writes them («1,234.5», «12.5 %»). The formatters are built once:
 * `toLocaleString` with options builds a new one on every call, which a survey page with
 * hundreds of table cells pays hundreds of times.
 */
const formatos = new Map<string, Intl.NumberFormat>();

function formatter(minimo: number, maximo: number): Intl.NumberFormat {
  const clave = `${minimo}-${maximo}`;
  let formato = formatos.get(clave);
  if (!formato) {
    formato = new Intl.NumberFormat('es-MX', { minimumFractionDigits: minimo, maximumFractionDigits: maximo });
    formatos.set(clave, formato);
  }
  return formato;
}

/** «113,000» style thousands for figures reported in the minutes: every decimal kept as written. */
export function formatNumber(valor: number): string {
  const [entero, decimales] = String(valor).split('.');
  const conComas = entero.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return decimales ? `${conComas}.${decimales}` : conComas;
}

/** «1,234.567»: grouped thousands, rounded to `maximoDeDecimales` decimals (3, like `toLocaleString`). */
export function formatRounded(valor: number, maximoDeDecimales = 3): string {
  return formatter(0, maximoDeDecimales).format(valor);
}

/**
 * «12.5 %» (a space before the sign, as the Spanish style guides ask). With `fijos`, always
 * `decimales` decimals («40.0 %», for aligned table columns); without, up to that many («40 %»).
 */
export function formatPercent(valor: number, { decimales = 1, fijos = true }: { decimales?: number; fijos?: boolean } = {}): string {
  return `${formatter(fijos ? decimales : 0, decimales).format(valor)} %`;
}
