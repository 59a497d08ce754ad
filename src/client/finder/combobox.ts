/**
 * A WAI-ARIA 1.2 combobox with a listbox popup (the "list autocomplete" pattern): the input keeps
 * focus, arrow keys move aria-activedescendant through the options, Enter chooses, Escape closes
 * (or clears). Knows nothing about footprints: it shows options and reports the chosen one.
 */

export interface ComboOption {
  label: string;
  context: string;
}

export interface Combobox<O extends ComboOption> {
  /** Replaces the options (an empty list closes the popup). */
  show(options: O[]): void;
  close(): void;
  /** The options on show. */
  readonly options: readonly O[];
}

export interface ComboboxHandlers<O extends ComboOption> {
  /** The reader typed: the trimmed text. */
  onInput(query: string): void;
  /** The reader chose an option (click, or Enter on the active one or the first). */
  onChoose(option: O): void;
  /** Enter with no options on show. */
  onSubmit(query: string): void;
}

export function combobox<O extends ComboOption>(input: HTMLInputElement, list: HTMLUListElement, idPrefix: string, handlers: ComboboxHandlers<O>): Combobox<O> {
  let options: O[] = [];
  let active = -1;

  const setActive = (i: number) => {
    active = i;
    list.querySelectorAll('li').forEach((li, j) => li.setAttribute('aria-selected', String(j === i)));
    const li = list.children[i] as HTMLElement | undefined;
    if (li) {
      input.setAttribute('aria-activedescendant', li.id);
      li.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };

  const setOpen = (open: boolean) => {
    list.hidden = !open;
    input.setAttribute('aria-expanded', String(open));
    active = -1;
    input.removeAttribute('aria-activedescendant');
  };

  const choose = (i: number) => {
    const o = options[i];
    if (o) handlers.onChoose(o);
  };

  const show = (items: O[]) => {
    options = items;
    list.replaceChildren(
      ...items.map((o, i) => {
        const li = document.createElement('li');
        li.id = `${idPrefix}-opt-${i}`;
        li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', 'false');
        li.append(o.label);
        const ctx = document.createElement('span');
        ctx.className = 'ctx';
        ctx.textContent = o.context;
        li.append(ctx);
        li.addEventListener('mousedown', (e) => e.preventDefault());
        li.addEventListener('click', () => choose(i));
        return li;
      }),
    );
    setOpen(items.length > 0);
  };

  input.addEventListener('input', () => handlers.onInput(input.value.trim()));
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      if (list.hidden && options.length) {
        list.hidden = false;
        input.setAttribute('aria-expanded', 'true');
      }
      setActive(Math.min(active + 1, options.length - 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive(Math.max(active - 1, 0));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      if (active >= 0) choose(active);
      else if (options.length) choose(0);
      else handlers.onSubmit(input.value.trim());
    } else if (e.key === 'Escape') {
      if (!list.hidden) setOpen(false);
      else input.value = '';
    }
  });
  input.addEventListener('blur', () => setTimeout(() => setOpen(false), 150));

  return {
    show,
    close: () => setOpen(false),
    get options() {
      return options;
    },
  };
}
