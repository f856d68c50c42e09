/**
 * `/robots.txt`: everything may be indexed; points to the sitemap. Crawlers only read it at the
 * host's root, so under a sub-path it is informative (the host's own robots.txt rules).
 */
import type { APIRoute } from 'astro';
import { absoluteUrl } from '../lib/url.ts';

export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl('/sitemap.xml')}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
