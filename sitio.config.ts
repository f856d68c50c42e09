/**
 * What another institution changes to publish its own site. Everything here is shown to
 * citizens, so it is written in Spanish. `url` and `base` can also come from the environment
 * (`SITIO_URL`, `SITIO_BASE`) so one checkout can be deployed under different addresses.
 */
import type { LogoConfigurado } from './src/lib/identidad.ts';

export interface ConfiguracionDelSitio {
  /** Site name, shown in the header and in page titles. */
  nombre: string;
  /** One-sentence description for the home page, feeds and metadata. */
  descripcion: string;
  /** Institution that publishes the site. */
  institucion: { nombre: string; siglas: string; url: string };
  /**
   * The institution's official logo: a file under `public/` (SVG recommended) and its text
   * alternative. Without it the header shows the project's monogram (`public/monograma.svg`),
   * which is nobody's logo.
   */
  logo?: LogoConfigurado;
  /** Brand colours; text on `primario` must keep a 4.5:1 contrast with white. */
  colores: { primario: string; primarioOscuro: string; acento: string };
  /** Default licence of content and datasets. */
  licencia: { nombre: string; url: string };
  /** Public contact. */
  contacto: { correo: string; telefono?: string; direccion?: string };
  /** Public address where the site is served (without the sub-path). */
  url: string;
  /**
   * Repository where the content is edited (for «historial» and «editar» links, and the staff
   * editor at /admin/, with the address of its GitHub sign-in proxy: see README).
   */
  repositorio?: { url: string; rama: string; autenticacion?: string };
  /** Privacy threshold: survey breakdowns with fewer responses are suppressed. */
  umbralDePrivacidad: number;
  /**
   * Dataset versions from the repository's history: how many of the latest commits that touched
   * `content/` or `data/` are read, and how many versions of each dataset get a fixed CSV file
   * (`/datos/<conjunto>/versiones/<fecha>.csv`).
   */
  versiones: { commitsLeidos: number; publicadas: number };
  /**
   * Days after which an agreement not reported as settled counts as «sin seguimiento reciente»
   * in each body's process compliance (counted from its latest report, or from its adoption).
   */
  diasSinSeguimiento: number;
}

const sitio: ConfiguracionDelSitio = {
  nombre: 'Gobierno Abierto Estado de México',
  descripcion:
    'Sesiones, actas, acuerdos, compromisos y calendarios del ejercicio local de Gobierno Abierto del Estado de México, como páginas y datos abiertos.',
  institucion: {
    nombre: 'Instituto de Transparencia, Acceso a la Información Pública y Protección de Datos Personales del Estado de México y Municipios',
    siglas: 'Infoem',
    url: 'https://www.infoem.org.mx/',
  },
  // No official logo file is in the repository yet; with one in public/, e.g.:
  // logo: { archivo: 'logo-infoem.svg', alt: 'Logotipo del Infoem' },
  colores: { primario: '#7a1538', primarioOscuro: '#4f0d24', acento: '#b38e5d' },
  licencia: {
    nombre: 'Términos de Libre Uso MX',
    url: 'https://datos.gob.mx/libreusomx',
  },
  contacto: { correo: 'gobiernoabierto@infoem.org.mx' },
  url: 'https://gobiernoabierto.infoem.org.mx',
  umbralDePrivacidad: 5,
  versiones: { commitsLeidos: 30, publicadas: 5 },
  diasSinSeguimiento: 180,
};

export default sitio;
