// The browser half of KeyboardList, run through Element.executeJs with `this` the
// <vaadin-virtual-list> element: $0 the list's settings and $1 its rows, $2 the bar of
// buttons that mirror the focused row (or null). The browser owns the focus: moves are answered
// here at once and the server is told afterwards; every other key goes to the server together with
// the id of the row it applies to, so fast typing never lands on the wrong row. Row text is only
// ever set as text, never as HTML.
const list = this;
if (!list.__keyboardList || !list.__keyboardList.live()) {
  list.__keyboardList = createKeyboardList(list, $0, $2);
}
list.__keyboardList.show($1);

function createKeyboardList(list, settings, bar) {
  let labels = [];
  let rows = [];
  let focus = -1;
  let listening = true;

  const chip = (label, classes) => {
    const span = document.createElement('span');
    span.className = classes;
    span.textContent = label.n;
    span.style.setProperty('--chip-color', label.c);
    span.style.setProperty('--chip-text', label.x);
    return span;
  };

  const chips = (cell) => {
    const box = document.createElement('div');
    box.className = 'sentence-chips';
    if (cell.l == null) {
      if (cell.e) {
        const empty = document.createElement('span');
        empty.className = 'chip chip-none';
        empty.textContent = cell.e;
        box.append(empty);
      }
      return box;
    }
    if (cell.l.length === 0) {
      const none = document.createElement('span');
      none.className = 'chip chip-none';
      none.textContent = 'no label';
      box.append(none);
    }
    for (const index of cell.l) {
      const label = chip(labels[index], 'chip');
      label.dataset.label = labels[index].k;
      box.append(label);
    }
    return box;
  };

  const suggestions = (ghosts) => {
    const box = document.createElement('div');
    box.className = 'suggestion-chips';
    for (const [index, score, reason] of ghosts) {
      const ghost = chip(labels[index], 'suggestion');
      ghost.dataset.suggested = labels[index].k;
      ghost.dataset.score = score.toFixed(2);
      ghost.title = 'Suggested, score ' + score.toFixed(2) + (reason ? ': ' + reason : '');
      const value = document.createElement('span');
      value.className = 'suggestion-score';
      value.textContent = score.toFixed(2);
      ghost.append(' ', value);
      box.append(ghost);
    }
    return box;
  };

  const render = (root, _list, model) => {
    const row = model.item;
    const position = model.index;
    const element = root.firstElementChild || root.appendChild(document.createElement('div'));
    element.id = settings.idPrefix + row.i;
    element.className = settings.rowClass + (row.k ? ' ' + row.k : '') + (position === focus ? ' focused' : '');
    element.dataset.position = position;
    element.setAttribute('role', 'option');
    element.setAttribute('aria-selected', String(position === focus));
    const number = document.createElement('span');
    number.className = 'sentence-number';
    number.textContent = String(row.i + 1);
    const text = document.createElement('span');
    text.className = 'sentence-text';
    text.textContent = row.t;
    const parts = [number, text];
    const cells = row.c || [];
    if (settings.columns) {
      const columns = document.createElement('div');
      columns.className = 'review-columns';
      for (const cell of cells) {
        const column = document.createElement('div');
        column.className = 'review-cell' + (cell.f ? ' review-final' : '');
        const heading = document.createElement('span');
        heading.textContent = cell.h || '';
        column.append(heading, chips(cell));
        columns.append(column);
      }
      parts.push(columns);
    } else {
      cells.forEach((cell) => parts.push(chips(cell)));
    }
    if (row.g && row.g.length) {
      parts.push(suggestions(row.g));
    }
    if (row.m && row.m.length) {
      const notes = document.createElement('div');
      notes.className = 'review-comments';
      for (const note of row.m) {
        const line = document.createElement('div');
        line.textContent = note;
        notes.append(line);
      }
      parts.push(notes);
    }
    element.replaceChildren(...parts);
  };

  // Draws one row again where it is on screen; rows off screen are drawn when they scroll in.
  const renderAt = (position) => {
    const element = list.querySelector('[data-position="' + position + '"]');
    if (element && element.parentElement) {
      render(element.parentElement, list, { index: position, item: rows[position] });
    }
  };

  // The bar's buttons show which labels the focused row has in its own cell.
  const syncBar = () => {
    if (!bar) {
      return;
    }
    const row = rows[focus];
    const cells = (row && row.c) || [];
    const cell = cells[settings.ownCell < 0 ? cells.length + settings.ownCell : settings.ownCell];
    const own = cell ? cell.l : null;
    for (const button of bar.querySelectorAll('[data-label]')) {
      const key = button.dataset.label;
      const pressed = own != null && (key === '' ? own.length === 0 : own.some((i) => labels[i].k === key));
      button.setAttribute('aria-pressed', String(pressed));
    }
  };

  const keepInView = (position) => {
    const element = list.querySelector('[data-position="' + position + '"]');
    if (!element) {
      list.scrollToIndex(position);
      return;
    }
    const box = list.getBoundingClientRect();
    const rect = element.getBoundingClientRect();
    if (rect.top < box.top || rect.bottom > box.bottom) {
      element.scrollIntoView({ block: 'nearest' });
    }
  };

  const setFocus = (position, tellServer) => {
    if (rows.length === 0) {
      focus = -1;
      return;
    }
    const previous = focus;
    focus = Math.min(Math.max(position, 0), rows.length - 1);
    renderAt(previous);
    renderAt(focus);
    keepInView(focus);
    list.setAttribute('aria-activedescendant', settings.idPrefix + rows[focus].i);
    syncBar();
    if (tellServer) {
      list.$server.focused(rows[focus].id);
    }
  };

  const rowId = () => (focus >= 0 ? rows[focus].id : -1);

  const move = (where) => {
    if (where === 'next') setFocus(focus + 1, true);
    else if (where === 'previous') setFocus(focus - 1, true);
    else if (where === 'first') setFocus(0, true);
    else if (where === 'last') setFocus(rows.length - 1, true);
    else if (where === 'open') {
      // The next open row after the focused one, wrapping around; the server says when there is none.
      for (let step = 1; step <= rows.length; step++) {
        const position = (focus + step) % rows.length;
        if (rows[position].o) {
          setFocus(position, true);
          return;
        }
      }
      list.$server.act(settings.noneOpenKey, rowId());
    }
  };

  // Keys typed into a field, or pressed in an open dialog (the help, a comment), are not the list's;
  // a dialog that is closing (its animation) no longer counts.
  const elsewhere = (event) => {
    const path = event.composedPath();
    const target = path[0];
    return (target && target.closest && target.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]'))
      || path.some((node) => (node.localName === 'vaadin-dialog' || node.localName === 'vaadin-dialog-overlay') && node.opened);
  };

  const onKey = (event) => {
    if (!list.isConnected) {
      // The view is gone: the next show() on this element listens again.
      document.removeEventListener('keydown', onKey);
      listening = false;
      return;
    }
    if (event.altKey || event.isComposing || elsewhere(event)) {
      return;
    }
    const name = (event.ctrlKey || event.metaKey ? 'Ctrl+' : '') + event.key;
    const where = settings.moves[name];
    if (where) {
      event.preventDefault();
      move(where);
    } else if (settings.keys.includes(name)) {
      event.preventDefault();
      list.$server.act(name, rowId());
    }
  };

  document.addEventListener('keydown', onKey);
  list.renderer = render;
  // Clicks reach whichever instance serves the element now: listeners are added once per element.
  if (!list.__keyboardListClicks) {
    list.__keyboardListClicks = true;
    list.addEventListener('click', (event) => {
      const element = event.target.closest('[data-position]');
      if (element) {
        list.__keyboardList.focus(Number(element.dataset.position), true);
      }
    });
    if (bar) {
      bar.addEventListener('click', (event) => {
        const button = event.target.closest('[data-action]');
        if (button && !button.hasAttribute('disabled')) {
          list.__keyboardList.act(button.dataset.action);
        }
      });
    }
  }

  return {
    live: () => listening,
    show(data) {
      labels = data.labels;
      rows = data.rows;
      focus = -1;
      list.items = rows;
      list.requestContentUpdate();
      setFocus(data.focus, false);
    },
    update(changes) {
      for (const [position, row] of changes) {
        rows[position] = row;
        renderAt(position);
      }
      syncBar();
    },
    focus: setFocus,
    act: (action) => list.$server.act(action, rowId()),
  };
}
