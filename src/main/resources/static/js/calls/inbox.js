// The call inbox refreshes its rows when a call arrives or changes (Server-Sent Events from /calls/stream).
(function () {
  'use strict';

  var rows = document.getElementById('call-rows');
  if (!rows || !window.EventSource) {
    return;
  }
  var badge = document.querySelector('[data-live-badge]');
  var pending = null;

  function refresh() {
    pending = null;
    var current = document.getElementById('call-rows');
    if (current && window.htmx) {
      window.htmx.ajax('GET', current.getAttribute('data-rows-url'), { target: '#call-rows', swap: 'outerHTML' });
    }
  }

  var source = new EventSource(rows.getAttribute('data-stream'));
  source.addEventListener('ready', function () {
    rows.setAttribute('data-live', 'open');
    if (badge) {
      badge.hidden = false;
    }
  });
  // A sync brings many calls at once: one refresh for a burst of them.
  source.addEventListener('calls-changed', function () {
    if (pending === null) {
      pending = window.setTimeout(refresh, 300);
    }
  });
  window.addEventListener('beforeunload', function () {
    source.close();
  });
})();
