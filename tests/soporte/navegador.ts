/**
 * Headless Debian Chromium driven by playwright-core, with a fresh profile and no background
 * network, plus helpers to record console errors, foreign requests and axe-core violations.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startServer, type Servidor } from './servidor.ts';
import { CHROMIUM } from './rutas.ts';

const require = createRequire(import.meta.url);

/** `javaScript: false` opens pages as a browser with JavaScript turned off. */
export async function launchBrowser(javaScript = true): Promise<{ contexto: BrowserContext; cerrar(): Promise<void> }> {
  const perfil = fs.mkdtempSync(path.join(os.tmpdir(), 'chromium-pruebas-'));
  const contexto = await chromium.launchPersistentContext(perfil, {
    executablePath: CHROMIUM,
    headless: true,
    acceptDownloads: true,
    javaScriptEnabled: javaScript,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
  return {
    contexto,
    cerrar: async () => {
      await contexto.close();
      fs.rmSync(perfil, { recursive: true, force: true });
    },
  };
}

/** Records console errors, page errors and requests to any origin other than `origen`. */
export function watchPage(page: Page, origen: string) {
  const erroresDeConsola: string[] = [];
  const peticionesExternas: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') erroresDeConsola.push(msg.text());
  });
  page.on('pageerror', (error) => erroresDeConsola.push(String(error)));
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origen) && !url.startsWith('data:') && !url.startsWith('blob:')) peticionesExternas.push(url);
  });
  return { erroresDeConsola, peticionesExternas };
}

/** Runs axe-core (WCAG 2 A/AA rules) in the page and returns the violations. */
export async function axeViolations(page: Page) {
  const source = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  await page.addScriptTag({ content: source });
  return page.evaluate(async () => {
    // @ts-expect-error axe is injected above
    const result = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
    return result.violations.map((v: { id: string; impact: string; help: string; nodes: { target: string[] }[] }) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodos: v.nodes.map((n) => n.target.join(' ')).slice(0, 5),
    }));
  });
}

/**
 * For a test file: serves the test build on 127.0.0.1 and opens Chromium before its tests, and
 * closes both after them. Read `servidor` and `contexto` inside tests (they are set in beforeAll).
 */
export function useSiteInBrowser(javaScript = true): { servidor: Servidor; contexto: BrowserContext } {
  const estado = {} as { servidor: Servidor; contexto: BrowserContext };
  let cerrarNavegador: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    estado.servidor = await startServer();
    const navegador = await launchBrowser(javaScript);
    estado.contexto = navegador.contexto;
    cerrarNavegador = navegador.cerrar;
  });
  afterAll(async () => {
    await cerrarNavegador?.();
    await estado.servidor?.cerrar();
  });
  return estado;
}
