/**
 * The one inline script of the site: an embed's ?theme=light|dark, applied before first paint (an
 * external file would flash the wrong scheme). astro.config.mjs hashes this exact text into the
 * Content-Security-Policy, so it runs under the strict policy whether that comes from the page's
 * <meta> tag or from an HTTP header.
 */
export const THEME_SCRIPT =
  "(function(){var t=new URLSearchParams(location.search).get('theme');if(t==='light'||t==='dark')document.documentElement.setAttribute('data-theme',t);})();";
