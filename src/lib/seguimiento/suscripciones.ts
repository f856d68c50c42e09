/**
 * Links that subscribe a calendar application to an `.ics` feed. They are links the reader
 * follows; the page itself never contacts those services.
 */

export interface EnlacesDeCalendario {
  /** The feed itself (https), to copy into any application. */
  directo: string;
  /** `webcal:` scheme: opens the system's calendar application (Apple Calendar, Outlook desktop). */
  webcal: string;
  google: string;
  outlook: string;
}

/** Subscribe links for the feed at absolute `url`, named `nombre` in Outlook. */
export function calendarLinks(url: string, nombre: string): EnlacesDeCalendario {
  const webcal = url.replace(/^https?:/, 'webcal:');
  return {
    directo: url,
    webcal,
    // Google Calendar adds a calendar from a URL given as `cid`.
    google: `https://calendar.google.com/calendar/render?cid=${encodeURIComponent(webcal)}`,
    outlook: `https://outlook.live.com/calendar/0/addfromweb?url=${encodeURIComponent(url)}&name=${encodeURIComponent(nombre)}`,
  };
}
