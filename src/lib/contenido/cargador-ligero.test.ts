import { describe, expect, it } from 'vitest';
import { hasBodyText, leanEntry } from './cargador-ligero.ts';

describe('leanEntry', () => {
  const rendered = { html: '<p>Acta</p>', metadata: { headings: [{ depth: 2, slug: 'a', text: 'A' }], frontmatter: { titulo: 'copia' }, imagePaths: [] } };

  it('drops the source text and the frontmatter copy of rendered Markdown, keeping the rest', () => {
    const lean = leanEntry({ id: 'x', data: { titulo: 'T' }, body: 'Acta', digest: 'd', filePath: 'sesiones/x.md', rendered });
    expect(lean).toEqual({
      id: 'x',
      data: { titulo: 'T' },
      body: undefined,
      digest: 'd',
      filePath: 'sesiones/x.md',
      rendered: { html: '<p>Acta</p>', metadata: { headings: rendered.metadata.headings, imagePaths: [] } },
    });
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
