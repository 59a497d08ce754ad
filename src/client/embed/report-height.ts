/** Inside an embed: tells the host page our height whenever it changes (only when framed). */
import { RESIZE_MESSAGE, type ResizeMessage } from './protocol.ts';

export function reportHeight(): void {
  if (window.parent === window) return;
  let last = 0;
  const report = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    const message: ResizeMessage = { type: RESIZE_MESSAGE, height };
    window.parent.postMessage(message, '*');
  };
  new ResizeObserver(report).observe(document.documentElement);
  window.addEventListener('load', report);
}
