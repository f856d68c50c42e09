/**
 * `npm run nuevo` end to end, on a copy of the content: every kind of file it writes validates.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyContent, type CopiaDeContenido } from '../tests/soporte/copia-de-contenido.ts';
import { validateContent } from '../src/lib/validacion/validar-contenido.ts';

let copia: CopiaDeContenido;
beforeAll(() => {
  copia = copyContent();
});
afterAll(() => copia.borrar());

function nuevo(...args: string[]) {
  const result = spawnSync(process.execPath, [path.join(import.meta.dirname, 'nuevo.ts'), ...args], {
    env: { ...process.env, CONTENIDO_DIR: copia.carpetas.contenido, DATOS_DIR: copia.carpetas.datos, FECHA_DE_REFERENCIA: '2023-01-15' },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return { codigo: result.status, salida: result.stdout + result.stderr };
}

const errores = () => validateContent({ carpetas: copia.carpetas, hoy: '2023-12-31' }).problemas.filter((p) => p.nivel === 'error');

describe('npm run nuevo', () => {
  it('creates the next STL session with the planned number, and it validates', () => {
    const { codigo, salida } = nuevo('sesion', '--organo', 'stl', '--fecha', '2023-02-24');
    expect(codigo).toBe(0);
    expect(salida).toContain('Creado:');
    expect(salida).toContain('Qué sigue:');
    expect(copia.leer('content/sesiones/stl-2023-02-24.md')).toContain('titulo: Décimo Sexta Sesión Ordinaria');
    expect(copia.leer('content/sesiones/stl-2023-02-24.md')).toContain('estado: programada');
    expect(errores()).toEqual([]);
  });

  it('adds a commitment, a progress report, a calendar and an event that all validate', () => {
    expect(nuevo('compromiso', '--titulo', 'Plataforma de datos útiles', '--tipo', 'proactivo', '--responsable', 'infoem').codigo).toBe(0);
    expect(nuevo('avance', '--compromiso', 'plataforma-de-datos-utiles', '--fecha', '2022-12-16').codigo).toBe(0);
    expect(copia.leer('content/compromisos/plataforma-de-datos-utiles.md')).toContain('sesion: stl-2022-12-16');
    expect(nuevo('calendario', '--organo', 'stl', '--anio', '2024', '--fechas', '2024-02-23,2024-04-26').codigo).toBe(0);
    expect(copia.leer('content/calendarios/stl-2024.csv')).toContain('stl,2024,20,ordinaria,2024-02-23');
    expect(nuevo('evento', '--titulo', 'Foro regional, Toluca', '--fecha', '2023-05-10', '--tipo', 'foro', '--institucion', 'infoem').codigo).toBe(0);
    expect(errores()).toEqual([]);
    const avisos = validateContent({ carpetas: copia.carpetas, hoy: '2023-12-31' }).problemas.filter((p) => p.nivel === 'aviso');
    expect(avisos.some((p) => p.mensaje.includes('PENDIENTE'))).toBe(true);
  });

  it('creates a survey folder from a form export, with a codebook draft, that validates', () => {
    copia.escribir(
      'exportacion.csv',
      'Marca temporal,Municipio,¿Conoce el cabildo abierto?,Califique la transparencia (1 a 5)\n2024/03/01 10:00,Toluca,Sí,4\n2024/03/01 11:00,Metepec,No,2\n',
    );
    const { codigo, salida } = nuevo('encuesta', '--titulo', 'Consulta de prueba 2024', '--institucion', 'Infoem', '--respuestas', path.join(copia.carpetas.raiz, 'exportacion.csv'));
    expect(codigo, salida).toBe(0);
    expect(salida).toContain('Se detectaron 2 preguntas en 2 respuestas; el municipio está en la columna «Municipio»');
    expect(copia.leer('data/encuestas/consulta-de-prueba-2024/respuestas.csv')).toBe(copia.leer('exportacion.csv'));
    expect(copia.leer('data/encuestas/consulta-de-prueba-2024/preguntas.csv')).toContain(',escala,1|2|3|4|5,');
    expect(errores()).toEqual([]);
  });

  it('refuses to overwrite and explains missing options in Spanish', () => {
    const repetida = nuevo('sesion', '--organo', 'stl', '--fecha', '2023-02-24');
    expect(repetida.codigo).toBe(2);
    expect(repetida.salida).toMatch(/Ya existe la sesión ordinaria de stl del 2023-02-24: content\/sesiones\/stl-2023-02-24\.md/);
    const falta = nuevo('sesion', '--organo', 'stl');
    expect(falta.codigo).toBe(2);
    expect(falta.salida).toMatch(/Falta --fecha/);
    expect(nuevo('minuta').salida).toMatch(/No conozco el tipo «minuta»/);
  });
});
