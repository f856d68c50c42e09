import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { afterEach, describe, expect, it } from 'vitest';
import { hasBodyText, leanEntry, leanGlob } from './cargador-ligero.ts';

describe('leanEntry', () => {
  const rendered = { html: '<p>Acta</p>', metadata: { headings: [{ depth: 2, slug: 'a', text: 'A' }], frontmatter: { titulo: 'copia' }, imagePaths: [] } };

  it('drops the source text, the frontmatter copy and the headings of rendered Markdown, keeping the rest', () => {
    const lean = leanEntry({ id: 'x', data: { titulo: 'T' }, body: 'Acta', digest: 'd', filePath: 'sesiones/x.md', rendered });
    expect(lean).toEqual({
      id: 'x',
      data: { titulo: 'T' },
      body: undefined,
      digest: 'd',
      filePath: 'sesiones/x.md',
      rendered: { html: '<p>Acta</p>', metadata: { imagePaths: [] } },
    });
  });

  it('drops only what no template reads: none takes the headings of a rendered entry', () => {
    const raiz = path.resolve(import.meta.dirname, '../../..');
    const plantillas = fs
      .readdirSync(path.join(raiz, 'src'), { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && /\.(astro|ts)$/.test(e.name) && !e.name.endsWith('.test.ts'))
      .map((e) => path.join(e.parentPath, e.name));
    const conRender = plantillas.filter((archivo) => /\bawait render\(/.test(fs.readFileSync(archivo, 'utf8')));
    expect(conRender.length).toBeGreaterThan(0);
    for (const archivo of conRender)
      expect(fs.readFileSync(archivo, 'utf8'), archivo).not.toMatch(/\{[^}]*\bheadings\b[^}]*\}\s*=\s*await render\(|\.headings\b/);
  });

  it('keeps entries rendered only when a page needs them (MDX) as they are', () => {
    const mdx = { id: 'y', data: {}, body: 'Texto', filePath: 'sesiones/y.mdx', deferredRender: true };
    expect(leanEntry(mdx)).toBe(mdx);
  });
});

describe('hasBodyText', () => {
  it('looks at the rendered HTML, or at the source when there is none yet', () => {
    expect(hasBodyText({ rendered: { html: '<p>Acta</p>' } })).toBe(true);
    expect(hasBodyText({ rendered: { html: '  ' } })).toBe(false);
    expect(hasBodyText({ body: 'Texto MDX' })).toBe(true);
    expect(hasBodyText({ body: '\n ' })).toBe(false);
    expect(hasBodyText({})).toBe(false);
  });
});

type Entrada = Parameters<LoaderContext['store']['set']>[0];

const carpetas: string[] = [];
afterEach(() => {
  for (const carpeta of carpetas.splice(0)) fs.rmSync(carpeta, { recursive: true, force: true });
});

/** A folder of Markdown files and a minimal data store, as Astro gives them to a loader. */
function setUp(archivos: Record<string, string>) {
  const raiz = fs.mkdtempSync(path.join(os.tmpdir(), 'glob-ligero-'));
  carpetas.push(raiz);
  const base = path.join(raiz, 'sesiones');
  fs.mkdirSync(base);
  for (const [nombre, texto] of Object.entries(archivos)) fs.writeFileSync(path.join(base, nombre), texto);
  const entradas = new Map<string, Entrada>();
  const store = {
    get: (id: string) => entradas.get(id),
    set: (entrada: Entrada) => (entradas.set(entrada.id, entrada), true),
    keys: () => [...entradas.keys()],
    delete: (id: string) => void entradas.delete(id),
    has: (id: string) => entradas.has(id),
    addModuleImport: () => {},
    addAssetImports: () => {},
  };
  const leidos: string[] = [];
  // Frontmatter of one `clave: valor` line, which the test reads as the real entry type would.
  const markdown = {
    getEntryInfo: ({ fileUrl, contents }: { fileUrl: URL; contents: string }) => {
      leidos.push(path.basename(fileUrl.pathname));
      const [, clave, valor] = /^---\n(\w+): (.*)\n---/.exec(contents)!;
      return { data: { [clave]: valor }, body: contents.replace(/^---[\s\S]*?---\n/, ''), rawData: '' };
    },
  };
  const contexto = {
    collection: 'sesiones',
    store,
    config: { root: pathToFileURL(`${raiz}/`), srcDir: pathToFileURL(`${raiz}/src/`) },
    logger: { warn: () => {}, error: () => {}, info: () => {} },
    parseData: async ({ data }: { data: Record<string, unknown> }) => data,
    generateDigest: (texto: string) => `${texto.length}:${texto}`,
    entryTypes: new Map([['.md', markdown]]),
  } as unknown as LoaderContext;
  const loader = leanGlob({ pattern: '**/*.md', base, idFromPath: (entrada) => path.basename(entrada, '.md') });
  return { base, entradas, leidos, load: () => loader.load(contexto) };
}

describe('leanGlob over a store of a previous build', () => {
  it('parses only new and changed files, keeps unchanged entries as they were, and drops removed ones', async () => {
    const { base, entradas, leidos, load } = setUp({
      'a.md': '---\ntitulo: A\n---\nActa A\n',
      'b.md': '---\ntitulo: B\n---\nActa B\n',
      'c.md': '---\ntitulo: C\n---\n',
    });
    await load();
    expect(leidos.sort()).toEqual(['a.md', 'b.md', 'c.md']);
    const a = entradas.get('a');
    expect(a?.data).toEqual({ titulo: 'A' });

    leidos.length = 0;
    fs.writeFileSync(path.join(base, 'b.md'), '---\ntitulo: B corregida\n---\nActa B\n');
    fs.rmSync(path.join(base, 'c.md'));
    fs.writeFileSync(path.join(base, 'd.md'), '---\ntitulo: D\n---\n');
    await load();
    // Astro's glob() reads every file; only the changed and the new one are parsed.
    expect(leidos.sort()).toEqual(['b.md', 'd.md']);
    expect(entradas.get('a')).toBe(a);
    expect(entradas.get('b')?.data).toEqual({ titulo: 'B corregida' });
    expect(entradas.get('d')?.data).toEqual({ titulo: 'D' });
    expect([...entradas.keys()].sort()).toEqual(['a', 'b', 'd']);
  });
});
