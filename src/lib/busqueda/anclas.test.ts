import { describe, expect, it } from 'vitest';
import { agreementAnchorId, parseAgreementAnchorId } from './anclas.ts';

describe('agreement anchors', () => {
  it('round-trips the id and date of an agreement', () => {
    const ancla = { id: 'stl-xv-3-2022', fecha: '2022-12-16' };
    expect(agreementAnchorId(ancla)).toBe('acuerdo-2022-12-16-stl-xv-3-2022');
    expect(parseAgreementAnchorId(agreementAnchorId(ancla))).toEqual(ancla);
  });

  it('keeps ids that themselves contain dates and hyphens whole', () => {
    const ancla = { id: 'grupo-operativo-stl-2020-06-10-iv', fecha: '2020-06-10' };
    expect(parseAgreementAnchorId(agreementAnchorId(ancla))).toEqual(ancla);
  });

  it('ignores the other anchors of a page', () => {
    for (const otro of [undefined, '', 'acuerdos', 'asistentes', 'acuerdo-', 'acuerdo-2022-12-16', 'acuerdo-2022-12-1-x']) {
      expect(parseAgreementAnchorId(otro)).toBeUndefined();
    }
  });
});
