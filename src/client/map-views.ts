/**
 * The little that every national map loads up front: the view buttons shown (they need this
 * script), and the options code (client/map-options.ts) fetched only when the address asks for
 * a highlight, a view or a title, or when a reader presses a view button. Most readers never do,
 * so map pages stay light.
 */
const ASKS = /[?&](highlight|view|title)=/;

type Options = typeof import('./map-options.ts');
let module: Promise<Options> | null = null;
const options = () => (module ??= import('./map-options.ts'));

export function initMapViews(search = location.search): void {
  const figures = [...document.querySelectorAll<HTMLElement>('[data-map]')];
  if (!figures.length) return;
  if (ASKS.test(search)) void options().then((m) => m.initMapOptions(search));
  for (const figure of figures) {
    const switcher = figure.querySelector<HTMLElement>('[data-view-switch]');
    if (!switcher || figure.dataset.hex !== 'true') continue;
    switcher.hidden = false;
    switcher.addEventListener('click', (event) => {
      const button = (event.target as Element).closest<HTMLButtonElement>('[data-set-view]');
      if (!button) return;
      void options()
        .then((m) => m.switchView(figure, button.dataset.setView === 'hex' ? 'hex' : 'geo', search))
        .catch(() => {
          const note = figure.querySelector<HTMLElement>('[data-map-note]');
          if (note) {
            note.textContent = 'The other view could not be loaded (no connection?). Reload the page to try again.';
            note.hidden = false;
          }
        });
    });
  }
}
