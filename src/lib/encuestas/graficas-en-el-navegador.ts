/**
 * Survey charts in the browser: Chart.js bars for each question, drawn next to its table from
 * the survey's pre-aggregated `graficas.json`. Loaded by `src/components/encuestas/Graficas.astro`
 * only when a chart nears the screen; without JavaScript the tables are the results.
 */
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, SubTitle, Tooltip } from 'chart.js';
import { formatPercent } from '../numeros.ts';

interface DatosDeGraficas {
  aviso?: string;
  preguntas: Record<string, { etiquetas: string[]; estado: number[] | null; municipios: Record<string, number[] | null> }>;
  municipios: Record<string, string>;
}

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend, SubTitle);
const reducido = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
Chart.defaults.animation = reducido ? false : { duration: 400 };
Chart.defaults.font.family = getComputedStyle(document.documentElement).fontFamily;
Chart.defaults.color = '#1b1b1f';
/** The site's primary colour, as the layout sets it from `sitio.config.ts` on `<html>`. */
const primario = getComputedStyle(document.documentElement).getPropertyValue('--color-primario').trim();

/** Fetches the survey's chart data and draws every `[data-grafica]` figure of the page. */
export function drawSurveyCharts(figuras: HTMLElement[], fuente: string): Promise<void> {
  return fetch(fuente)
    .then((r) => (r.ok ? (r.json() as Promise<DatosDeGraficas>) : Promise.reject(new Error(String(r.status)))))
    .then((datos) => drawGradually(figuras, datos))
    .catch(() => {
      /* The tables already show every figure. */
    });
}

/**
 * Draws one chart per idle moment, those on screen first, so no long task blocks the page
 * (a survey page can hold dozens of charts); the tables are readable meanwhile.
 */
function drawGradually(pendientes: HTMLElement[], datos: DatosDeGraficas) {
  const enPantalla = (f: HTMLElement) => {
    const caja = f.getBoundingClientRect();
    return caja.bottom > 0 && caja.top < window.innerHeight;
  };
  const cola = [...pendientes.filter(enPantalla), ...pendientes.filter((f) => !enPantalla(f))];
  const siguiente = () => {
    const figura = cola.shift();
    if (!figura) return;
    draw(figura, datos);
    if ('requestIdleCallback' in window) requestIdleCallback(siguiente, { timeout: 500 });
    else setTimeout(siguiente, 0);
  };
  siguiente();
}

const pct = (v: number) => formatPercent(v, { fijos: false });

function draw(figura: HTMLElement, datos: DatosDeGraficas) {
  const pregunta = datos.preguntas[figura.dataset.grafica ?? ''];
  const lugar = figura.querySelector<HTMLElement>('[data-lienzo]');
  if (!pregunta || !lugar) return;
  const cvegeo = figura.dataset.municipio;
  const series = [] as { label: string; data: number[]; backgroundColor: string }[];
  if (cvegeo) {
    const local = pregunta.municipios[cvegeo];
    if (!local) return;
    series.push({ label: datos.municipios[cvegeo] ?? cvegeo, data: local, backgroundColor: primario });
    if (pregunta.estado) series.push({ label: 'Estado', data: pregunta.estado, backgroundColor: '#5f6b7a' });
  } else if (pregunta.estado) series.push({ label: 'Estado', data: pregunta.estado, backgroundColor: primario });
  if (!series.length) return;
  const texto = figura.querySelector('.pregunta__texto')?.textContent ?? '';
  const lienzo = document.createElement('canvas');
  lienzo.setAttribute('role', 'img');
  lienzo.setAttribute('aria-label', `Gráfica de barras: ${texto}. Los mismos datos están en la tabla junto a la gráfica.`);
  lugar.style.height = `${Math.max(160, pregunta.etiquetas.length * (series.length > 1 ? 44 : 32) + 70)}px`;
  lugar.append(lienzo);
  new Chart(lienzo, {
    type: 'bar',
    data: { labels: pregunta.etiquetas, datasets: series },
    options: {
      indexAxis: 'y',
      maintainAspectRatio: false,
      responsive: true,
      scales: {
        x: { min: 0, max: 100, ticks: { callback: (v) => `${v} %` }, grid: { color: '#d5d1cc' } },
        y: { grid: { display: false } },
      },
      plugins: {
        legend: { display: series.length > 1 },
        subtitle: { display: Boolean(datos.aviso), text: datos.aviso ?? '', color: '#7f1d1d', font: { weight: 'bold' } },
        tooltip: { callbacks: { label: (c) => `${c.dataset.label}: ${pct(c.parsed.x ?? 0)}` } },
      },
    },
  });
}
