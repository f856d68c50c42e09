import type { AstroPrerenderer } from 'astro';
import { describe, expect, test } from 'vitest';
import { ErrorConInforme } from '../lib/informe.ts';
import { stopOnReport } from './informes.ts';

class DetenidoConInforme extends Error {}

/** Astro's prerenderer with one page that fails with `error` (or none). */
function prerenderer(error?: unknown): AstroPrerenderer {
  return {
    name: 'astro',
    getStaticPaths: async () => {
      if (error) throw error;
      return [{ pathname: '/', route: { component: 'src/pages/index.astro' } as never }];
    },
    render: async () => {
      if (error) throw error;
      return new Response('<h1>Inicio</h1>', { headers: { 'content-type': 'text/html' } });
    },
  };
}

const informes: string[] = [];
const detener = (informe: string): never => {
  informes.push(informe);
  throw new DetenidoConInforme(informe);
};
const render = (p: AstroPrerenderer) => p.render(new Request('http://localhost/'), { routeData: { component: 'src/pages/index.astro' } as never });

describe('stopOnReport', () => {
  test('passes pages through unchanged', async () => {
    const p = stopOnReport(prerenderer(), detener);
    expect(await p.getStaticPaths()).toHaveLength(1);
    expect(await ((await render(p)) as Response).text()).toBe('<h1>Inicio</h1>');
  });

  test('a reported error, listing or rendering, stops the build with its report', async () => {
    informes.length = 0;
    const p = stopOnReport(prerenderer(new ErrorConInforme('Los datos abiertos no coinciden.')), detener);
    await expect(p.getStaticPaths()).rejects.toThrow(DetenidoConInforme);
    await expect(render(p)).rejects.toThrow(DetenidoConInforme);
    expect(informes).toEqual(['Los datos abiertos no coinciden.', 'Los datos abiertos no coinciden.']);
  });

  test('any other error is left to Astro', async () => {
    informes.length = 0;
    const fallo = new TypeError('x is undefined');
    const p = stopOnReport(prerenderer(fallo), detener);
    await expect(render(p)).rejects.toBe(fallo);
    expect(informes).toEqual([]);
  });
});
