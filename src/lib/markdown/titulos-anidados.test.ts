import { markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { nestedHeadingLevels, nestHeadings } from './titulos-anidados.ts';

const levels = (html: string) => [...html.matchAll(/<h([1-6])\b/g)].map((m) => Number(m[1]));

describe('nestedHeadingLevels', () => {
  it('puts the top headings one level below the section and keeps the outline under them', () => {
    expect(nestedHeadingLevels([2, 3, 3, 2])).toEqual([3, 4, 4, 3]);
    expect(nestedHeadingLevels([1, 2])).toEqual([3, 4]);
    expect(nestedHeadingLevels([3, 4], 3)).toEqual([4, 5]);
  });

  it('closes a level the source skips', () => {
    expect(nestedHeadingLevels([2, 4, 4, 2])).toEqual([3, 4, 4, 3]);
    expect(nestedHeadingLevels([4, 2, 3])).toEqual([3, 3, 4]);
  });

  it('stops at level 6', () => {
    expect(nestedHeadingLevels([1, 2, 3, 4, 5, 6])).toEqual([3, 4, 5, 6, 6, 6]);
  });

  it('has nothing to do without headings', () => {
    expect(nestedHeadingLevels([])).toEqual([]);
  });
});

describe('nestHeadings in the Markdown pipeline', () => {
  it('renders the minutes’ headings below the section, quotes and lists included', async () => {
    const fuente = '## Orden del día\n\nTexto.\n\n### I. Lista de asistencia\n\n> ## Citado\n\n- ##### En una lista\n';
    const { html } = await markdownToHtml(fuente, { mdastPlugins: [nestHeadings(2)] });
    expect(levels(html)).toEqual([3, 4, 3, 4]);
    expect(html).toContain('<h3>Orden del día</h3>');
  });

  it('leaves the text of every heading as written', async () => {
    const fuente = '## Acuerdos\n\n## Asuntos *generales*\n';
    const sin = await markdownToHtml(fuente);
    const con = await markdownToHtml(fuente, { mdastPlugins: [nestHeadings(2)] });
    expect(con.html.replace(/h3>/g, 'h2>').replace(/<h3/g, '<h2')).toBe(sin.html);
  });

  it('applies to MDX bodies too', async () => {
    const { code } = await mdxToJs('## Acuerdos\n\nTexto.\n', { mdastPlugins: [nestHeadings(2)] });
    expect(code).toMatch(/["']h3["']|<h3|_components\.h3/);
    expect(code).not.toMatch(/_components\.h2|["']h2["']/);
  });
});
