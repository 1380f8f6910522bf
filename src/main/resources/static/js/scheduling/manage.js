// The manage-appointment page: free times of the same rep to move to, or the cancel button. The token in the API
// address is the credential; times are shown in the appointment's (the visitor's) zone.
(function () {
  'use strict';
  const root = document.getElementById('manage');
  if (!root) {
    return;
  }
  const api = root.dataset.api;
  const zone = root.dataset.zone;
  const result = root.querySelector('[data-result]');
  const dayFormat = new Intl.DateTimeFormat('en-GB', { timeZone: zone, weekday: 'short', day: 'numeric', month: 'short' });
  const timeFormat = new Intl.DateTimeFormat('en-GB', { timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  const longFormat = new Intl.DateTimeFormat('en-GB', { timeZone: zone, dateStyle: 'full', timeStyle: 'short' });

  function show(message, kind) {
    result.textContent = message;
    result.className = 'alert mt-3 alert-' + kind;
    result.hidden = false;
  }

  async function post(path, body) {
    const response = await fetch(api + path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
      body: body ? JSON.stringify(body) : null
    });
    const answer = await response.json().catch(() => ({}));
    return { status: response.status, answer: answer };
  }

  function refused(outcome) {
    if (outcome.status === 409 && outcome.answer.title === 'That time was just taken') {
      show(root.dataset.taken, 'warning');
    } else if (outcome.status === 409 || outcome.status === 410) {
      show(root.dataset.gone, 'warning');
    } else {
      show(outcome.answer.detail || outcome.answer.title || String(outcome.status), 'danger');
    }
  }

  async function moveTo(start, button) {
    root.querySelectorAll('[data-slot]').forEach(b => { b.disabled = true; });
    const outcome = await post('/reschedule', { start: start, timeZone: zone });
    if (outcome.status === 200) {
      root.querySelector('[data-slots]').replaceChildren();
      root.querySelector('[data-slots-status]').hidden = true;
      show(root.dataset.moved.replace('{0}', longFormat.format(new Date(outcome.answer.start))), 'success');
      return;
    }
    refused(outcome);
    button.remove();
    root.querySelectorAll('[data-slot]').forEach(b => { b.disabled = false; });
  }

  async function loadSlots() {
    const status = root.querySelector('[data-slots-status]');
    const list = root.querySelector('[data-slots]');
    const response = await fetch(api + '/slots', { headers: { 'Accept': 'application/json' } });
    if (!response.ok) {
      status.hidden = true;
      refused({ status: response.status, answer: await response.json().catch(() => ({})) });
      return;
    }
    const slots = (await response.json()).items;
    status.textContent = slots.length === 0 ? root.dataset.noSlots : '';
    let day = null;
    for (const slot of slots) {
      const start = new Date(slot.start);
      const label = dayFormat.format(start);
      if (label !== day) {
        day = label;
        const heading = document.createElement('div');
        heading.className = 'w-100 small fw-semibold mt-2';
        heading.textContent = label;
        list.append(heading);
      }
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'btn btn-outline-primary btn-sm';
      button.dataset.slot = slot.start;
      button.dataset.testid = 'manage-slot';
      button.textContent = timeFormat.format(start);
      button.addEventListener('click', () => moveTo(slot.start, button));
      list.append(button);
    }
  }

  if (root.dataset.action === 'reschedule') {
    loadSlots();
  }
  const cancel = root.querySelector('[data-cancel]');
  if (cancel) {
    cancel.addEventListener('click', async () => {
      cancel.disabled = true;
      const outcome = await post('/cancel');
      if (outcome.status === 200) {
        cancel.hidden = true;
        show(root.dataset.cancelled, 'success');
      } else {
        refused(outcome);
      }
    });
  }
})();
