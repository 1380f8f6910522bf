// The public booking page: the visitor's zone from the browser, their days and free slots from the public API, and the
// booking sent as JSON. Slots are instants; they are shown in the chosen zone, with the offset when a day repeats an hour.
(function () {
  'use strict';

  function ready(fn) {
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', fn);
    } else {
      fn();
    }
  }

  ready(function () {
    var root = document.getElementById('booking');
    if (!root) {
      return;
    }
    var api = root.dataset.api;
    var zone = document.getElementById('booking-zone');
    var daysBox = document.getElementById('booking-days');
    var slotsBox = document.getElementById('booking-slots');
    var form = document.getElementById('booking-form');
    var message = document.getElementById('booking-message');
    var days = [];

    var detected = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (detected && zone.querySelector('option[value="' + detected + '"]')) {
      zone.value = detected;
    }

    function show(text) {
      message.textContent = text;
      message.classList.toggle('d-none', !text);
    }

    function button(label, onClick, testId) {
      var b = document.createElement('button');
      b.type = 'button';
      b.className = 'btn btn-outline-primary btn-sm';
      b.textContent = label;
      b.dataset.testid = testId;
      b.addEventListener('click', onClick);
      return b;
    }

    function localTime(slot) {
      // "2026-04-05T02:30:00+10:00" -> "02:30 (+10:00)" only when the day has two offsets.
      return slot.local.substring(11, 16);
    }

    function dayLabel(date) {
      var d = new Date(date + 'T12:00:00Z');
      return d.toLocaleDateString(undefined, { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });
    }

    function pickDay(day, pressed) {
      Array.prototype.forEach.call(daysBox.children, function (b) { b.classList.remove('active'); });
      if (pressed) {
        pressed.classList.add('active');
      }
      slotsBox.textContent = '';
      form.classList.add('d-none');
      var offsets = {};
      day.slots.forEach(function (slot) { offsets[slot.local.substring(19)] = true; });
      var twoOffsets = Object.keys(offsets).length > 1;
      day.slots.forEach(function (slot) {
        var label = localTime(slot) + (twoOffsets ? ' (' + slot.local.substring(19) + ')' : '');
        slotsBox.appendChild(button(label, function (event) {
          Array.prototype.forEach.call(slotsBox.children, function (b) { b.classList.remove('active'); });
          event.target.classList.add('active');
          document.getElementById('booking-start').value = slot.start;
          document.getElementById('booking-chosen').textContent = dayLabel(day.date) + ', ' + label + ' — ' + zone.value;
          form.classList.remove('d-none');
        }, 'slot'));
      });
    }

    function load() {
      show('');
      daysBox.textContent = '';
      slotsBox.textContent = '';
      form.classList.add('d-none');
      fetch(api + '/slots?days=21&timeZone=' + encodeURIComponent(zone.value), { headers: { Accept: 'application/json' } })
        .then(function (r) { return r.json(); })
        .then(function (body) {
          days = body.days || [];
          if (days.length === 0) {
            show(root.dataset.none);
            return;
          }
          days.forEach(function (day) {
            daysBox.appendChild(button(dayLabel(day.date), function (event) { pickDay(day, event.target); }, 'day'));
          });
          pickDay(days[0], daysBox.firstChild);
        })
        .catch(function () { show(root.dataset.failed); });
    }

    zone.addEventListener('change', load);

    form.addEventListener('submit', function (event) {
      event.preventDefault();
      if (!form.reportValidity()) {
        return;
      }
      var answers = {};
      form.querySelectorAll('[data-question]').forEach(function (field) { answers[field.dataset.question] = field.value; });
      var body = {
        start: document.getElementById('booking-start').value,
        name: document.getElementById('booking-name').value,
        email: document.getElementById('booking-email').value,
        phone: document.getElementById('booking-phone').value,
        timeZone: zone.value,
        answers: answers
      };
      var chosen = document.getElementById('booking-chosen').textContent;
      fetch(api, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify(body)
      }).then(function (r) {
        return r.json().then(function (answer) { return { status: r.status, body: answer }; });
      }).then(function (result) {
        if (result.status === 201) {
          document.getElementById('booking-pick').classList.add('d-none');
          document.getElementById('booking-done-when').textContent = chosen;
          document.getElementById('booking-done').classList.remove('d-none');
        } else if (result.status === 409) {
          load();
          show(root.dataset.taken);
        } else {
          var errors = result.body.errors || [];
          show(errors.length ? errors[0].message : (result.body.detail || root.dataset.failed));
        }
      }).catch(function () { show(root.dataset.failed); });
    });

    load();
  });
})();
