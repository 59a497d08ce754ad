/**
 * The embed panel's snippets ([data-embed-panel]): rewritten from the build's address to wherever
 * the page is served, with one-click copying (and a select-and-copy fallback).
 */
export function initSnippetCopy(): void {
  for (const panel of document.querySelectorAll<HTMLElement>('[data-embed-panel]')) {
    const buildOrigin = panel.dataset.buildOrigin!;
    for (const box of panel.querySelectorAll<HTMLTextAreaElement>('[data-snippet]')) {
      if (buildOrigin !== location.origin) box.value = box.value.split(buildOrigin).join(location.origin);
      const wrap = box.parentElement!;
      const button = wrap.querySelector<HTMLButtonElement>('button.copy')!;
      const status = wrap.querySelector<HTMLElement>('.copy-status')!;
      button.hidden = false;
      button.addEventListener('click', async () => {
        try {
          await navigator.clipboard.writeText(box.value);
          status.textContent = 'Copied. Paste it into your article’s HTML.';
        } catch {
          box.focus();
          box.select();
          status.textContent = 'Press Ctrl+C (or ⌘C) to copy the selected code.';
        }
      });
    }
  }
}
