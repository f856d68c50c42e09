/**
 * The staff editor at /admin/ in headless Chromium, with Decap CMS's in-memory test backend in
 * place of GitHub (the page's generated configuration is served with only its backend
 * swapped): a session created through the form — two attendees, one agreement — is saved as a
 * draft of the editorial workflow; the file it writes passes `validate` and builds into a
 * session page. Every request stays on 127.0.0.1.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite } from '../soporte/construir.ts';
import { copyContent, type CopiaDeContenido } from '../soporte/copia-de-contenido.ts';
import { useSiteInBrowser, watchPage } from '../soporte/navegador.ts';
import { RAIZ } from '../soporte/rutas.ts';

const sitio = useSiteInBrowser();
let copia: CopiaDeContenido | undefined;
afterAll(() => copia?.borrar());

const CONFIGURACION = /(<script type="application\/json" id="configuracion-del-editor">)(.*?)(<\/script>)/s;

/** Serves /admin/ as built, with the test backend instead of GitHub. */
async function withTestBackend(page: Page) {
  await page.route(/\/admin\/$/, async (route) => {
    const respuesta = await route.fetch();
    const html = (await respuesta.text()).replace(CONFIGURACION, (_, abre: string, json: string, cierra: string) => {
      const datos = JSON.parse(json) as { config: { backend: unknown } };
      datos.config.backend = { name: 'test-repo' };
      return abre + JSON.stringify(datos).replace(/</g, '\\u003c') + cierra;
    });
    await route.fulfill({ response: respuesta, body: html });
  });
}

/** Picks an option of a select (react-select) by typing part of its label. */
async function choose(page: Page, campo: ReturnType<Page['locator']>, texto: string) {
  await campo.click();
  await campo.fill(texto);
  const inicio = new RegExp(`^${texto.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
  await page.locator('[class*="option"]', { hasText: inicio }).first().click();
}

/** Opens the editor and signs in to the test backend (the browser may still be signed in). */
async function signIn(page: Page) {
  await page.goto(`${sitio.servidor.url}admin/`);
  const boton = page.getByRole('button', { name: 'Iniciar sesión' });
  const colecciones = page.getByRole('link', { name: 'Sesiones' }).first();
  await boton.or(colecciones).first().waitFor();
  if (await boton.isVisible()) await boton.click();
  await colecciones.waitFor();
}

/** The file of the draft (editorial workflow) the test backend holds once an entry is saved. */
async function savedDraft(page: Page): Promise<{ path: string; content: string }> {
  await page.waitForFunction(() => Object.keys((window as unknown as { repoFilesUnpublished: object }).repoFilesUnpublished).length > 0);
  const [archivo] = await page.evaluate(() =>
    Object.values((window as unknown as { repoFilesUnpublished: Record<string, { diffs: { path: string; content: string }[] }> }).repoFilesUnpublished).flatMap(
      (e) => e.diffs,
    ),
  );
  return archivo;
}

const nth = (page: Page, nombre: string, i: number) => page.locator(`[id^="${nombre}-field-"]`).nth(i);

describe('the staff editor', () => {
  it('is not listed in the sitemap and asks not to be indexed', () => {
    const mapa = fs.readFileSync(path.join(RAIZ, '.pruebas', 'sitio', 'sitemap.xml'), 'utf8');
    expect(mapa).not.toContain('/admin/');
    expect(fs.readFileSync(path.join(RAIZ, '.pruebas', 'sitio', 'admin', 'index.html'), 'utf8')).toContain('<meta name="robots" content="noindex, nofollow">');
  });

  it('asks nothing of another origin before staff sign in, with the configuration as built', async () => {
    const page = await sitio.contexto.newPage();
    const vigilancia = watchPage(page, sitio.servidor.origen);
    await page.goto(`${sitio.servidor.url}admin/`);
    // Signed in to GitHub or not configured: the sign-in button, or the notice saying what is missing.
    await page.getByRole('button', { name: 'Iniciar sesión con GitHub' }).or(page.getByText('El editor no está configurado')).first().waitFor();
    expect(vigilancia.peticionesExternas).toEqual([]);
    await page.close();
  });

  it('creates a session through the form that validates and builds into its page', async () => {
    const page = await sitio.contexto.newPage();
    const vigilancia = watchPage(page, sitio.servidor.origen);
    await withTestBackend(page);
    await signIn(page);
    await page.goto(`${sitio.servidor.url}admin/#/collections/sesiones/new`);

    await page.getByLabel('Título', { exact: true }).fill('Primera Sesión Ordinaria 2026');
    await choose(page, page.getByLabel('Órgano', { exact: true }), 'Secretariado Técnico Local');
    await choose(page, page.getByLabel('Tipo', { exact: true }), 'Ordinaria');
    await page.getByLabel('Número (opcional)').fill('20');
    await page.getByLabel('Fecha', { exact: true }).first().fill('2026-03-10');
    await page.getByLabel('Hora inicio (opcional)').fill('11:00');
    await page.getByLabel('Resumen', { exact: true }).fill('Sesión de prueba creada desde el editor.');

    for (const [i, persona, cargo] of [
      [0, 'Adriana Yadira Cárdenas Tagle', 'Integrante del STL'],
      [1, 'Alfredo Burgos Cohl', 'Integrante del STL'],
    ] as const) {
      await page.getByRole('button', { name: 'Add asistentes' }).click();
      await choose(page, nth(page, 'persona', i), persona);
      await nth(page, 'cargo', i).fill(cargo);
    }
    await page.getByRole('button', { name: 'Add acuerdos' }).click();
    await nth(page, 'id', 0).fill('stl-2026-03-10-1');
    await nth(page, 'clave', 0).fill('STL/XX/1/2026');
    await nth(page, 'texto', 0).fill('Se aprueba el orden del día.');
    await choose(page, nth(page, 'votacion', 0), 'Unanimidad');

    await page.getByRole('button', { name: 'Guardar' }).click();
    const escrito = await savedDraft(page);
    expect(vigilancia.peticionesExternas).toEqual([]);
    expect(vigilancia.erroresDeConsola).toEqual([]);
    await page.close();

    expect(escrito.path).toBe('content/sesiones/stl-2026-03-10.md');
    copia = copyContent();
    copia.escribir(escrito.path, escrito.content);
    const entorno = { ...process.env, CONTENIDO_DIR: copia.carpetas.contenido, DATOS_DIR: copia.carpetas.datos };
    const validacion = spawnSync(process.execPath, [path.join(RAIZ, 'scripts', 'validate.ts')], { cwd: RAIZ, env: entorno, encoding: 'utf8' });
    expect(validacion.status, `${escrito.content}\n${validacion.stdout}${validacion.stderr}`).toBe(0);

    const salida = fs.mkdtempSync(path.join(os.tmpdir(), 'sitio-editor-'));
    try {
      const construccion = buildSite(salida, { CONTENIDO_DIR: copia.carpetas.contenido, DATOS_DIR: copia.carpetas.datos, FECHA_DE_REFERENCIA: '2026-11-21' });
      expect(construccion.codigo, construccion.salida.slice(-1500)).toBe(0);
      const pagina = fs.readFileSync(path.join(salida, 'sesiones', 'stl-2026-03-10', 'index.html'), 'utf8');
      // The time is written unquoted (`hora_inicio: 11:00`): YAML 1.2 reads it as text.
      for (const texto of [
        '11:00',
        'Primera Sesión Ordinaria 2026',
        'Adriana Yadira Cárdenas Tagle',
        'Alfredo Burgos Cohl',
        'STL/XX/1/2026',
        'Se aprueba el orden del día.',
      ]) {
        expect(pagina).toContain(texto);
      }
      expect(pagina).toMatch(/Asistentes \(2\)/);
    } finally {
      fs.rmSync(salida, { recursive: true, force: true });
    }
  });

  it('adds a follow-up row to the CSV table and leaves every other row as it was', async () => {
    const archivo = 'content/seguimiento-de-acuerdos.csv';
    const original = fs.readFileSync(path.join(RAIZ, archivo), 'utf8');
    const page = await sitio.contexto.newPage();
    const vigilancia = watchPage(page, sitio.servidor.origen);
    await withTestBackend(page);
    // The test backend's repository starts with the real table in it.
    await page.addInitScript((csv) => {
      (window as unknown as { repoFiles: unknown }).repoFiles = {
        content: { 'seguimiento-de-acuerdos.csv': { path: 'content/seguimiento-de-acuerdos.csv', content: csv } },
      };
    }, original);
    await signIn(page);
    await page.goto(`${sitio.servidor.url}admin/#/collections/seguimiento/entries/seguimiento-de-acuerdos`);
    // Every row of the file is listed, by its summary.
    await page.getByText('stl-2019-11-11-1 · 2019-11-11').waitFor();
    expect(await page.locator('[id^="acuerdo-field-"]').count()).toBe(original.trim().split('\n').length - 1);
    await page.getByRole('button', { name: /^Add / }).click();
    const ultima = (await page.locator('[id^="acuerdo-field-"]').count()) - 1;
    await choose(page, nth(page, 'acuerdo', ultima), 'STL/XV/1/2022');
    await nth(page, 'fecha', ultima).fill('2026-11-20');
    await choose(page, nth(page, 'estado', ultima), 'En proceso');
    await page.getByRole('button', { name: 'Guardar' }).click();
    const escrito = await savedDraft(page);
    expect(vigilancia.peticionesExternas).toEqual([]);
    await page.close();
    expect(escrito.path).toBe(archivo);
    expect(escrito.content).toBe(`${original}stl-xv-1-2022,2026-11-20,en-proceso,,\n`);
  });
});
