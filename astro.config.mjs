// @ts-check
import { createHash } from 'node:crypto';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { THEME_SCRIPT } from './src/client/embed/theme-script.ts';

// The public address goes into embed snippets and static-image links, which readers copy: a
// production build must say where the site will be served, so no page ever ships a localhost URL.
// `npm start` and `npm test` set it for their own localhost server.
const building = process.argv.slice(2).includes('build');
if (building && !process.env.SITE_URL) {
  throw new Error('SITE_URL is not set. A production build writes this address into every embed snippet: run `SITE_URL=https://your.site npm run build` (npm start and npm test set it to http://localhost:4321).');
}

/**
 * CSP hash of the embeds' inline theme script (CSP Level 3, §2.4.2: base64 of its SHA-256).
 * @type {`sha256-${string}`}
 */
const themeScriptHash = `sha256-${createHash('sha256').update(THEME_SCRIPT).digest('base64')}`;

// The site is fully static: every page, map and download is rendered at build time.
export default defineConfig({
  // The public address, used in embed snippets (required for a build, above). In the browser the
  // snippets are also rewritten to the page's own origin.
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // One stylesheet for the whole site: a single render-blocking request per page (the performance
  // issue), cached once and shared by every page, rather than a chunk per component.
  vite: { build: { cssCodeSplit: false } },
  integrations: [mdx()],
  // No code blocks in our articles; Shiki's inline styles would also break the CSP.
  markdown: { syntaxHighlight: false },
  security: {
    // A strict CSP in a <meta> tag on every page: Astro hashes its own scripts and styles, and we
    // allow nothing from another origin. (frame-ancestors cannot be set from <meta>; embeds are
    // meant to be framed anywhere anyway.)
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        // The postcode finder asks one public API; nothing else leaves the site.
        "connect-src 'self' https://api.postcodes.io",
        "manifest-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Site search (Pagefind) runs WebAssembly, which needs 'wasm-unsafe-eval'. That allows
      // compiling wasm only; it does not allow eval() of JavaScript.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: [themeScriptHash] },
    },
  },
});
