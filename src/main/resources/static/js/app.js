// Small behaviours htmx and Bootstrap leave to us.
(function () {
  'use strict';

  function csrf() {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    return token && header && token.content ? { header: header.content, token: token.content } : null;
  }

  // Other scripts (board.js) send their own fetch requests and need the same token.
  window.GrowthHub = window.GrowthHub || {};
  window.GrowthHub.csrfHeaders = function () {
    var c = csrf();
    var headers = {};
    if (c) {
      headers[c.header] = c.token;
    }
    return headers;
  };

  document.addEventListener('htmx:configRequest', function (event) {
    var c = csrf();
    if (c) {
      event.detail.headers[c.header] = c.token;
    }
  });

  // Our 4xx answers carry a readable alert fragment (retargeted to #flash), so let htmx swap them.
  if (window.htmx) {
    htmx.config.responseHandling = [
      { code: '204', swap: false },
      { code: '[23]..', swap: true },
      { code: '[45]..', swap: true, error: true }
    ];
  }

  // A session that ended answers with the sign-in page: go there instead of swapping it into a table.
  document.addEventListener('htmx:beforeSwap', function (event) {
    var url = event.detail.xhr && event.detail.xhr.responseURL;
    if (url && new URL(url).pathname === '/login') {
      event.detail.shouldSwap = false;
      window.location.assign(url);
    }
  });

  // Phones show data tables as cards (app.css): each cell is labelled with its column's heading.
  function labelTableCells(root) {
    root.querySelectorAll('.table-card > table').forEach(function (table) {
      var headings = Array.prototype.map.call(table.querySelectorAll('thead th'), function (th) {
        return th.textContent.trim();
      });
      table.querySelectorAll('tbody > tr').forEach(function (row) {
        Array.prototype.forEach.call(row.children, function (cell, index) {
          if (!cell.hasAttribute('colspan') && !cell.hasAttribute('data-label')) {
            cell.setAttribute('data-label', headings[index] || '');
          }
        });
      });
    });
  }
  document.addEventListener('DOMContentLoaded', function () { labelTableCells(document); });
  document.addEventListener('htmx:afterSettle', function () { labelTableCells(document); });

  document.addEventListener('submit', function (event) {
    var message = event.target.getAttribute('data-confirm');
    if (message && !window.confirm(message)) {
      event.preventDefault();
    }
  }, true);

  // A picker that submits its form as soon as it changes (no inline handlers: the CSP forbids them).
  document.addEventListener('change', function (event) {
    if (event.target.matches('[data-submit-on-change]') && event.target.form) {
      event.target.form.submit();
    }
  });

  document.addEventListener('click', function (event) {
    var button = event.target.closest('[data-copy]');
    if (!button) {
      return;
    }
    var source = document.getElementById(button.getAttribute('data-copy'));
    if (!source || !navigator.clipboard) {
      return;
    }
    navigator.clipboard.writeText(source.textContent.trim()).then(function () {
      var label = button.querySelector('[data-copy-label]');
      if (label) {
        var before = label.textContent;
        label.textContent = button.getAttribute('data-copied') || 'Copied';
        setTimeout(function () { label.textContent = before; }, 2000);
      }
    });
  });

  // Contacts list bulk bar: rows are ticked outside the bar's form (form="bulk-form"), and htmx replaces
  // the table, so everything is looked up again on each change.
  function syncBulkBar() {
    var bar = document.querySelector('[data-bulk-bar]');
    if (!bar) {
      return;
    }
    var rows = document.querySelectorAll('[data-select-row]');
    var ticked = document.querySelectorAll('[data-select-row]:checked').length;
    bar.hidden = ticked === 0;
    var count = bar.querySelector('[data-bulk-count]');
    if (count) {
      count.textContent = count.getAttribute('data-template').replace('{0}', ticked);
    }
    var all = document.querySelector('[data-select-all]');
    if (all) {
      all.checked = rows.length > 0 && ticked === rows.length;
      all.indeterminate = ticked > 0 && ticked < rows.length;
    }
  }

  document.addEventListener('change', function (event) {
    if (event.target.matches('[data-select-all]')) {
      document.querySelectorAll('[data-select-row]').forEach(function (row) { row.checked = event.target.checked; });
    }
    if (event.target.matches('[data-select-all], [data-select-row]')) {
      syncBulkBar();
    }
  });
  document.addEventListener('htmx:afterSettle', syncBulkBar);
  // The topbar bell: one stream per page; EventSource reconnects by itself after a network loss.
  var bell = document.querySelector('[data-notification-bell]');
  if (bell && window.EventSource) {
    var badge = bell.querySelector('[data-unread]');
    var stream = new EventSource(bell.getAttribute('data-stream'));
    stream.addEventListener('unread', function (event) {
      var unread = JSON.parse(event.data).unread;
      badge.textContent = unread > 99 ? '99+' : String(unread);
      badge.hidden = unread === 0;
      bell.setAttribute('title', bell.getAttribute('data-label').replace('{0}', unread));
    });
    window.addEventListener('pagehide', function () { stream.close(); });
  }
  // An import's page: the bar follows the job, and the page reloads with the totals once it has ended.
  var importCard = document.querySelector('[data-import-stream]');
  if (importCard && window.EventSource) {
    var bar = importCard.querySelector('[data-progress-bar]');
    var text = importCard.querySelector('[data-progress-text]');
    var job = new EventSource(importCard.getAttribute('data-import-stream'));
    job.addEventListener('progress', function (event) {
      var p = JSON.parse(event.data);
      bar.style.width = p.progress + '%';
      bar.textContent = p.progress + '%';
      bar.parentElement.setAttribute('aria-valuenow', p.progress);
      if (text) {
        text.textContent = p.processed + ' rows read, ' + p.failed + ' with problems';
      }
    });
    job.addEventListener('status', function (event) {
      var status = JSON.parse(event.data).status;
      if (status !== 'pending' && status !== 'processing') {
        job.close();
        window.location.reload();
      }
    });
    window.addEventListener('pagehide', function () { job.close(); });
  }
  // Global search: Ctrl/Cmd-K (or "/" outside a field) opens the palette; arrows move through the hits, Enter opens one.
  (function () {
    var palette = document.getElementById('search-palette');
    if (!palette || !window.bootstrap) {
      return;
    }
    var input = document.getElementById('search-q');
    var mac = /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);
    document.querySelectorAll('[data-search-shortcut]').forEach(function (kbd) {
      kbd.textContent = mac ? '\u2318K' : 'Ctrl K';
    });
    function open() {
      bootstrap.Modal.getOrCreateInstance(palette).show();
    }
    palette.addEventListener('shown.bs.modal', function () {
      input.focus();
      input.select();
    });
    document.addEventListener('click', function (event) {
      if (event.target.closest('[data-search-open]')) {
        event.preventDefault();
        open();
      }
    });
    document.addEventListener('keydown', function (event) {
      var typing = event.target.closest('input, textarea, select, [contenteditable]');
      if ((event.key === 'k' || event.key === 'K') && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        open();
      }
      else if (event.key === '/' && !typing && !palette.classList.contains('show')) {
        event.preventDefault();
        open();
      }
    });
    palette.addEventListener('keydown', function (event) {
      if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') {
        return;
      }
      var hits = Array.prototype.slice.call(palette.querySelectorAll('[data-search-hit]'));
      if (hits.length === 0) {
        return;
      }
      event.preventDefault();
      var at = hits.indexOf(document.activeElement);
      var next = event.key === 'ArrowDown' ? Math.min(at + 1, hits.length - 1) : at - 1;
      if (next < 0) {
        input.focus();
      }
      else {
        hits[next].focus();
      }
    });
    // Enter in the box opens the first hit when there is one, else the results page.
    input.form.addEventListener('submit', function (event) {
      var first = palette.querySelector('[data-search-hit]');
      if (first) {
        event.preventDefault();
        window.location.assign(first.href);
      }
    });
  })();
})();
