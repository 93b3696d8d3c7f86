// Warns before the session's idle timeout, so that unsaved form input is not lost silently: "Stay signed in"
// keeps the session (a request to /session/keepalive); once it has ended the page stays as it is (input kept)
// and offers to sign in again in a new tab. Any page load or htmx request counts as activity.
(() => {
  const meta = document.querySelector('meta[name="ssa-session-timeout"]');
  const box = document.querySelector('[data-session-warning]');
  if (!meta || !box) {
    return;
  }
  const idleSeconds = Number(meta.content);
  const warnBefore = Number(meta.dataset.warnBefore);
  const text = box.querySelector('[data-session-warning-text]');
  const stay = box.querySelector('[data-session-stay]');
  const signIn = box.querySelector('[data-session-signin]');
  let lastActivity = Date.now();
  let ended = false;

  function show(message, hasEnded) {
    text.textContent = message;
    box.classList.remove('d-none');
    stay.classList.toggle('d-none', hasEnded);
    signIn.classList.toggle('d-none', !hasEnded);
  }

  function tick() {
    if (ended) {
      return;
    }
    const left = idleSeconds - (Date.now() - lastActivity) / 1000;
    if (left <= 0) {
      ended = true;
      show(text.dataset.ended, true);
    } else if (left <= warnBefore) {
      const minutes = Math.max(1, Math.ceil(left / 60));
      show(minutes === 1 ? text.dataset.endingOne : text.dataset.ending.replace('{0}', String(minutes)), false);
    } else {
      box.classList.add('d-none');
    }
  }

  stay.addEventListener('click', async () => {
    const response = await fetch(meta.dataset.keepaliveUrl, { credentials: 'same-origin', redirect: 'manual' });
    if (response.status === 204) {
      lastActivity = Date.now();
      box.classList.add('d-none');
    } else {
      ended = true;
      show(text.dataset.ended, true);
    }
  });
  document.body.addEventListener('htmx:afterRequest', () => {
    lastActivity = Date.now();
  });
  setInterval(tick, 1000);
})();
