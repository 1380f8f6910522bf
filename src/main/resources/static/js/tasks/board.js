// The task board: drag a card within or across status columns (SortableJS), or pick a status in its "Move to…" menu
// (keyboards and touch screens). A refused move (a jump the status flow forbids, or somebody changed the task first)
// puts the columns back as the server has them and says why. Other people's changes arrive over Server-Sent Events and
// refresh the columns they touched.
(function () {
  'use strict';

  var board = document.querySelector('[data-testid="task-board"]');
  if (!board) {
    return;
  }

  function headers() {
    return Object.assign({ 'Content-Type': 'application/x-www-form-urlencoded' }, window.GrowthHub.csrfHeaders());
  }

  // One reload per column in flight; a reload asked for meanwhile runs once it is back (as on the deals board).
  var reloads = {};
  function refresh(status) {
    var state = reloads[status] || (reloads[status] = { running: null, again: false });
    if (state.running) {
      state.again = true;
      return state.running;
    }
    var column = document.getElementById('column-' + status);
    if (!column) {
      return Promise.resolve();
    }
    state.running = fetch(column.getAttribute('data-refresh'), {
      credentials: 'same-origin', headers: { 'HX-Request': 'true' }
    }).then(function (response) {
      if (response.redirected && new URL(response.url).pathname === '/login') {
        window.location.assign(response.url);
        return null;
      }
      return response.ok ? response.text() : null;
    }).then(function (html) {
      var current = document.getElementById('column-' + status);
      if (html !== null && current) {
        htmx.swap(current, html, { swapStyle: 'outerHTML', swapDelay: 0, settleDelay: 0 });
        sortable(document.getElementById('column-' + status));
      }
    }).finally(function () {
      state.running = null;
      if (state.again) {
        state.again = false;
        return refresh(status);
      }
    });
    return state.running;
  }

  function flash(message) {
    var target = document.getElementById('flash');
    if (!target) {
      return;
    }
    target.innerHTML = '';
    var alert = document.createElement('div');
    alert.className = 'alert alert-warning';
    alert.setAttribute('role', 'alert');
    alert.setAttribute('data-testid', 'move-refused');
    alert.textContent = message;
    target.appendChild(alert);
  }

  function move(card, from, to, position) {
    var body = new URLSearchParams({ status: to, version: card.getAttribute('data-version') });
    if (position !== null) {
      body.set('position', position);
    }
    return fetch('/tasks/items/' + card.getAttribute('data-item-id') + '/move', {
      method: 'POST', headers: headers(), body: body, credentials: 'same-origin'
    }).then(function (response) {
      return response.json().then(function (json) {
        if (response.ok) {
          card.setAttribute('data-version', json.version);
        } else {
          flash(json.detail);
        }
      });
    }).finally(function () {
      var both = [refresh(to)];
      if (from !== to) {
        both.push(refresh(from));
      }
      return Promise.all(both);
    });
  }

  // Mouse events instead of native drag and drop (forceFallback): the same on every browser, and drivable by tests.
  function sortable(column) {
    var cards = column && column.querySelector('.task-cards');
    // A client reading a shared board may not move cards: no dragging rather than a refusal after the drop.
    if (!cards || !window.Sortable || cards.sortableReady || board.getAttribute('data-readonly') === 'true') {
      return;
    }
    cards.sortableReady = true;
    Sortable.create(cards, {
      group: 'tasks', draggable: '.task-card', filter: 'select, a', preventOnFilter: false, forceFallback: true,
      animation: 120,
      onEnd: function (event) {
        var from = event.from.getAttribute('data-status');
        var to = event.to.getAttribute('data-status');
        if (from === to && event.oldDraggableIndex === event.newDraggableIndex) {
          return;
        }
        move(event.item, from, to, event.newDraggableIndex);
      }
    });
  }

  function start() {
    board.querySelectorAll('.task-column').forEach(sortable);
  }
  if (window.Sortable) {
    start();
  } else {
    window.addEventListener('load', start);
  }

  board.addEventListener('change', function (event) {
    var select = event.target.closest && event.target.closest('[data-move-to]');
    if (!select || !select.value) {
      return;
    }
    var card = select.closest('.task-card');
    var from = card.closest('.task-cards').getAttribute('data-status');
    move(card, from, select.value, null);
  });

  var source = new EventSource(board.getAttribute('data-stream'));
  source.addEventListener('item-changed', function (event) {
    var data = JSON.parse(event.data);
    if (data.fromStatus && data.fromStatus !== data.status) {
      refresh(data.fromStatus);
    }
    refresh(data.status);
  });
  board.setAttribute('data-live', 'connecting');
  source.addEventListener('ready', function () {
    board.setAttribute('data-live', 'open');
  });
  window.addEventListener('beforeunload', function () {
    source.close();
  });
})();
