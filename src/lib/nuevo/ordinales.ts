/**
 * Session titles in the style the minutes use: «Décimo Quinta Sesión Ordinaria».
 */
const UNIDADES = ['', 'Primera', 'Segunda', 'Tercera', 'Cuarta', 'Quinta', 'Sexta', 'Séptima', 'Octava', 'Novena'];
const DECENAS_SOLAS = ['', 'Décima', 'Vigésima', 'Trigésima', 'Cuadragésima', 'Quincuagésima'];
const DECENAS_COMPUESTAS = ['', 'Décimo', 'Vigésimo', 'Trigésimo', 'Cuadragésimo', 'Quincuagésimo'];

/** Feminine ordinal as printed in the minutes, 1–59 («Décimo Quinta»); digits beyond that. */
export function feminineOrdinal(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 59) return `${n}.ª`;
  const decena = Math.floor(n / 10);
  const unidad = n % 10;
  if (decena === 0) return UNIDADES[unidad];
  if (unidad === 0) return DECENAS_SOLAS[decena];
  return `${DECENAS_COMPUESTAS[decena]} ${UNIDADES[unidad]}`;
}

const TIPOS: Record<string, string> = {
  ordinaria: 'Sesión Ordinaria',
  extraordinaria: 'Sesión Extraordinaria',
};

/** «Décimo Sexta Sesión Ordinaria», «Sesión de Instalación», «Reunión de Trabajo». */
export function sessionTitleFor(tipo: string, numero?: number): string {
  if (tipo === 'instalacion') return 'Sesión de Instalación';
  if (tipo === 'reunion-de-trabajo') return 'Reunión de Trabajo';
  const nombre = TIPOS[tipo] ?? 'Sesión';
  return numero ? `${feminineOrdinal(numero)} ${nombre}` : nombre;
}
