/**
 * Agreements are searched as sections of their body's yearly page (`/organos/<id>/acuerdos/<año>/`),
 * not as pages of their own: a Pagefind index carries a few bytes of start-up data per page, and
 * one page per agreement made the search download grow past what a phone should fetch (50 000
 * agreements ≈ 500 KB before the first result). Each agreement on the yearly page is an element
 * with an `id` and a `data-pagefind-title`, so Pagefind returns it as a sub-result; the search page
 * turns that sub-result back into the agreement's own result (its page, date and title).
 *
 * The element id carries what the search page needs and Pagefind does not keep per section: the
 * agreement's date and id, as `acuerdo-AAAA-MM-DD-<id>` (fixed-width date, so it parses back
 * unambiguously whatever the id looks like).
 */

const PREFIJO = 'acuerdo-';
const ANCLA = /^acuerdo-(\d{4}-\d{2}-\d{2})-(.+)$/;

export interface AnclaDeAcuerdo {
  /** The agreement's id (its page is `/acuerdos/<id>/`). */
  id: string;
  /** Date of adoption, `AAAA-MM-DD`. */
  fecha: string;
}

/** Element id of an agreement on its yearly page. */
export function agreementAnchorId(acuerdo: AnclaDeAcuerdo): string {
  return `${PREFIJO}${acuerdo.fecha}-${acuerdo.id}`;
}

/** The agreement an element id names, or `undefined` for any other anchor of the page. */
export function parseAgreementAnchorId(anchorId: string | undefined): AnclaDeAcuerdo | undefined {
  const match = anchorId ? ANCLA.exec(anchorId) : null;
  return match ? { fecha: match[1], id: match[2] } : undefined;
}

/**
 * The text of an original document (PDF or Word) is a section of the record page that cites it,
 * with an element id `documento-original-<archivo>`; a match there is shown as found «en el
 * documento original».
 */
export const PREFIJO_DE_DOCUMENTO_ORIGINAL = 'documento-original-';

export function isOriginalDocumentAnchor(anchorId: string | undefined): boolean {
  return Boolean(anchorId?.startsWith(PREFIJO_DE_DOCUMENTO_ORIGINAL));
}
