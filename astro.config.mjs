// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

// The site is fully static: every page, map and download is rendered at build time.
export default defineConfig({
  // The public address, used in embed snippets. Set SITE_URL when deploying; the default is what
  // `npm start` serves. In the browser the snippets are rewritten to the page's own origin.
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
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
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
});
