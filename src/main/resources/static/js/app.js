// Progressive enhancement only: every page works without JavaScript.
(function () {
  // A table wider than its box scrolls sideways inside it (on phones every table does); a keyboard user can
  // scroll it only if it can take the focus (WCAG 2.1.1), so such a box joins the tab order while it scrolls.
  function focusableScrollers(root) {
    (root || document).querySelectorAll('main .table-responsive, main table.table').forEach((box) => {
      const scrolls = box.scrollWidth > box.clientWidth + 1 && getComputedStyle(box).overflowX !== 'visible';
      if (scrolls && !box.hasAttribute('tabindex')) {
        box.setAttribute('tabindex', '0');
        box.dataset.scrollFocus = 'true';
        if (box.tagName !== 'TABLE') {
          const caption = box.querySelector('caption');
          box.setAttribute('role', 'region');
          box.setAttribute('aria-label', (caption && caption.textContent.trim())
            || document.body.dataset.scrollLabel || 'Table');
        }
      } else if (!scrolls && box.dataset.scrollFocus) {
        box.removeAttribute('tabindex');
        delete box.dataset.scrollFocus;
        if (box.tagName !== 'TABLE') {
          box.removeAttribute('role');
          box.removeAttribute('aria-label');
        }
      }
    });
  }

  document.addEventListener('DOMContentLoaded', () => {
    // Confirm destructive actions marked with data-confirm in a dialog; confirmed, the form carries confirm=true
    // and the server acts at once. Without JavaScript the server answers the unconfirmed POST with a
    // confirmation page instead (shared.web.Confirmation), so the action is never taken unasked.
    document.querySelectorAll('form[data-confirm]').forEach((form) => {
      form.addEventListener('submit', (event) => {
        if (!window.confirm(form.dataset.confirm)) {
          event.preventDefault();
          return;
        }
        if (!form.querySelector('input[name="confirm"]')) {
          const confirmed = document.createElement('input');
          confirmed.type = 'hidden';
          confirmed.name = 'confirm';
          confirmed.value = 'true';
          form.appendChild(confirmed);
        }
      });
    });
    focusableScrollers(document);
  });
  let resizing;
  window.addEventListener('resize', () => {
    clearTimeout(resizing);
    resizing = setTimeout(() => focusableScrollers(document), 150);
  });
  document.addEventListener('htmx:afterSettle', (event) => focusableScrollers(event.target));
})();
