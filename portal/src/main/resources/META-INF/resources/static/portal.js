// Progressive enhancement only: every page works without this file except live updates.
import { initAll } from '/static/nhsuk-frontend.min.js';

initAll();

// Live parts: a page marks a region with data-live (its server-sent events URL) and the parts
// inside it with data-live-part (the signal name) and data-live-src (where to re-read the part).
// The events say only what changed; the part is re-read with the user's own session.
document.querySelectorAll('[data-live]').forEach((root) => {
  const refresh = (kind) => {
    const selector = kind ? `[data-live-part="${kind}"]` : '[data-live-part]';
    root.querySelectorAll(selector).forEach((part) => {
      window.htmx.ajax('GET', part.dataset.liveSrc, { target: part, swap: 'innerHTML' });
    });
  };
  const source = new EventSource(root.dataset.live);
  let opened = false;
  // Whatever happened between rendering the page and subscribing is read once on (re)connect.
  source.addEventListener('open', () => {
    if (opened) {
      refresh();
    }
    opened = true;
    root.dataset.liveConnected = 'true';
  });
  source.addEventListener('message', (event) => refresh(event.data));
});

// The new-case form: show which red-flag groups are fully answered as the clinician goes.
const form = document.getElementById('case-form');
if (form) {
  const update = () => {
    form.querySelectorAll('[data-group]').forEach((item) => {
      const group = item.dataset.group;
      const questions = form.querySelectorAll(`[data-red-flag="${group}"]`);
      const answered = Array.from(questions).every((q) => {
        const checked = q.querySelector('input[type=radio]:checked');
        if (q.querySelector('input[type=radio]')) {
          return checked !== null && checked.value !== '';
        }
        const field = q.querySelector('select, input');
        return field !== null && field.value.trim() !== '';
      });
      const tag = item.querySelector('[data-group-status]');
      tag.textContent = answered ? 'All answered' : 'Not all answered';
      tag.classList.toggle('nhsuk-tag--green', answered);
      tag.classList.toggle('nhsuk-tag--orange', !answered);
    });
  };
  form.addEventListener('change', update);
  form.addEventListener('input', update);
}
