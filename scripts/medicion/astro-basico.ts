/**
 * The references of the benchmark: a bare Astro project with the same number of pages, for the
 * full build's ratio, and the same project with Astro's incremental build, for the rebuild's.
 */
import fs from 'node:fs';
import path from 'node:path';

export interface OpcionesDelSitioBasico {
  /**
   * With Astro's incremental build (`experimental.incrementalBuild`) and each page keyed by its
   * entry's digest (`cacheKey`), as a plain site would use it to reuse unchanged pages.
   */
  incremental?: boolean;
}

/** The dynamic route of the bare site: one page per entry, keyed by its digest when incremental. */
function pageRoute(incremental: boolean): string {
  const clave = incremental ? ', cacheKey: p.digest' : '';
  return [
    '---',
    "import { getCollection, render } from 'astro:content';",
    `export async function getStaticPaths() { return (await getCollection('paginas')).map((p) => ({ params: { id: p.id }, props: { p }${clave} })); }`,
    'const { Content } = await render(Astro.props.p);',
    '---',
    '<html lang="es"><head><title>{Astro.props.p.data.title}</title></head><body><main><Content /></main></body></html>',
    '',
  ].join('\n');
}

/**
 * A bare Astro project with `n` plain Markdown pages of similar length, for the ratio: one content
 * collection and one dynamic route with a minimal layout, as a plain Astro site would have them.
 * Written in `trabajo/astro-basico-<n>/` (`astro-basico-incremental-<n>/`), inside this project,
 * so it finds Astro in its node_modules.
 */
export function bareSite(trabajo: string, n: number, { incremental = false }: OpcionesDelSitioBasico = {}): string {
  const dir = path.join(trabajo, `astro-basico-${incremental ? 'incremental-' : ''}${n}`);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, 'src', 'pages'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'paginas'), { recursive: true });
  const experimental = incremental ? ', experimental: { incrementalBuild: true }' : '';
  fs.writeFileSync(path.join(dir, 'astro.config.mjs'), `export default { build: { format: 'directory' }${experimental} };\n`);
  fs.writeFileSync(path.join(dir, 'package.json'), '{ "type": "module", "private": true }\n');
  fs.writeFileSync(
    path.join(dir, 'src', 'content.config.ts'),
    "import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\nexport const collections = { paginas: defineCollection({ loader: glob({ pattern: '*.md', base: './paginas' }) }) };\n",
  );
  fs.writeFileSync(path.join(dir, 'src', 'pages', '[id].astro'), pageRoute(incremental));
  const texto = 'Texto de una página de prueba con un párrafo de extensión parecida al de un acta. '.repeat(40);
  for (let i = 0; i < n; i++) fs.writeFileSync(path.join(dir, 'paginas', `p${i}.md`), `---\ntitle: Página ${i}\n---\n\n# Página ${i}\n\n${texto}\n`);
  return dir;
}
