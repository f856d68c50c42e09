/**
 * What `npm run importar` tells the person, in Spanish: what it found, what it wrote, and each
 * place to check, with the validation of the written files.
 */
import { formatProblem, sortProblems } from '../lectura/problema.ts';
import type { ResultadoDeImportacion } from './importar.ts';

const plural = (n: number, uno: string, varios: string) => `${n} ${n === 1 ? uno : varios}`;

export function reportOf(resultado: ResultadoDeImportacion): string {
  const { borrador, nuevas } = resultado;
  const d = borrador.datos;
  const encontrado = [
    d.organo && `órgano «${d.organo}»`,
    d.tipo && `sesión ${d.tipo}${d.numero ? ` número ${d.numero}` : ''}`,
    d.fecha && `fecha ${d.fecha}${d.hora_inicio ? ` de ${d.hora_inicio}` : ''}${d.hora_fin ? ` a ${d.hora_fin}` : ''}`,
    d.modalidad && `modalidad ${d.modalidad}`,
    d.convocatoria?.oficio && `oficio ${d.convocatoria.oficio}`,
    plural(d.asistentes.length, 'asistente', 'asistentes'),
    plural(d.orden_del_dia.length, 'punto del orden del día', 'puntos del orden del día'),
    plural(d.acuerdos.length, 'acuerdo', 'acuerdos') + (d.acuerdos.some((a) => a.clave) ? ' con su clave impresa' : ''),
    d.seguimiento && `reunión siguiente el ${d.seguimiento.fecha}`,
  ].filter(Boolean);
  const lineas = [`✓ Borrador escrito en ${resultado.sesion}.`, '', `Encontré: ${encontrado.join('; ')}.`];
  const nuevos = [
    nuevas.personas.length && plural(nuevas.personas.length, 'persona nueva', 'personas nuevas'),
    nuevas.instituciones.length && plural(nuevas.instituciones.length, 'institución nueva', 'instituciones nuevas'),
    nuevas.organos.length && plural(nuevas.organos.length, 'órgano nuevo', 'órganos nuevos'),
  ].filter(Boolean);
  if (resultado.propuestas) lineas.push(`Propuse ${nuevos.join(', ')} en ${resultado.propuestas}: cópielos a su catálogo y borre ese archivo.`);
  const errores = sortProblems(resultado.problemas).filter((p) => p.nivel === 'error');
  if (errores.length) {
    lineas.push('', `Por revisar antes de publicar (npm run validate no acepta el borrador mientras falte algo):`);
    for (const problema of errores) lineas.push(`  ${formatProblem(problema)}`);
  } else {
    lineas.push('', 'La validación no encontró problemas en el borrador.');
  }
  const avisos = resultado.problemas.filter((p) => p.nivel === 'aviso');
  for (const aviso of avisos) lineas.push(`  ${formatProblem(aviso)}`);
  lineas.push(
    '',
    'Compare también con el acta: nombres y cargos de cada asistente, el texto de cada acuerdo y su clave tal',
    'como se imprimió, y el cuerpo del acta. Para publicar el documento original, cópielo a public/documentos/',
    'y declárelo en «documentos» con su SHA-256. Después ejecute npm run validate.',
  );
  if (resultado.otrosErrores)
    lineas.push(`(Además hay ${plural(resultado.otrosErrores, 'error', 'errores')} en otros archivos del contenido; npm run validate los lista.)`);
  return lineas.join('\n');
}
