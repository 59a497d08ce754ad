/**
 * Tooltips on the national maps ([data-map]) on hover and keyboard focus. The name and value are
 * also in each area's <title> and aria-label, so this is only a visual convenience.
 */
export function initMapTooltips(): void {
  for (const figure of document.querySelectorAll<HTMLElement>('[data-map]')) {
    const frame = figure.querySelector<HTMLElement>('.map-frame');
    const tip = figure.querySelector<HTMLElement>('.map-tooltip');
    if (!frame || !tip) continue;
    const show = (target: EventTarget | null) => {
      const area = (target as Element | null)?.closest?.('a.fp');
      if (!(area instanceof SVGElement)) return;
      const box = area.getBoundingClientRect();
      const outer = frame.getBoundingClientRect();
      tip.textContent = `${area.dataset.name}: ${area.dataset.value}`;
      tip.style.left = `${box.left - outer.left + box.width / 2}px`;
      tip.style.top = `${box.top - outer.top + Math.min(box.height / 2, 40)}px`;
      tip.hidden = false;
    };
    const hide = () => (tip.hidden = true);
    frame.addEventListener('pointerover', (e) => show(e.target));
    frame.addEventListener('pointerleave', hide);
    frame.addEventListener('focusin', (e) => show(e.target));
    frame.addEventListener('focusout', hide);
    frame.addEventListener('keydown', (e) => e.key === 'Escape' && hide());
  }
}
