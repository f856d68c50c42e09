/**
 * The reference of the benchmark's ratio: a bare Astro project with the same number of pages.
 */
import fs from 'node:fs';
import path from 'node:path';

/**
 * A bare Astro project with `n` plain Markdown pages of similar length, for the ratio: one content
 * collection and one dynamic route with a minimal layout, as a plain Astro site would have them.
 * Written in `trabajo/astro-basico-<n>/`, inside this project, so it finds Astro in its node_modules.
 */
export function bareSite(trabajo: string, n: number): string {
  const dir = path.join(trabajo, `astro-basico-${n}`);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, 'src', 'pages'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'paginas'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'astro.config.mjs'), "export default { build: { format: 'directory' } };\n");
  fs.writeFileSync(path.join(dir, 'package.json'), '{ "type": "module", "private": true }\n');
  fs.writeFileSync(
    path.join(dir, 'src', 'content.config.ts'),
    "import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\nexport const collections = { paginas: defineCollection({ loader: glob({ pattern: '*.md', base: './paginas' }) }) };\n",
  );
  fs.writeFileSync(
    path.join(dir, 'src', 'pages', '[id].astro'),
    "---\nimport { getCollection, render } from 'astro:content';\nexport async function getStaticPaths() { return (await getCollection('paginas')).map((p) => ({ params: { id: p.id }, props: { p } })); }\nconst { Content } = await render(Astro.props.p);\n---\n<html lang=\"es\"><head><title>{Astro.props.p.data.title}</title></head><body><main><Content /></main></body></html>\n",
  );
  const texto = 'Texto de una página de prueba con un párrafo de extensión parecida al de un acta. '.repeat(40);
  for (let i = 0; i < n; i++) fs.writeFileSync(path.join(dir, 'paginas', `p${i}.md`), `---\ntitle: Página ${i}\n---\n\n# Página ${i}\n\n${texto}\n`);
  return dir;
}
