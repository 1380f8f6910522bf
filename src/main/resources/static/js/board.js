// The deals board: drag a card to another column (or pick the column in its "Move to…" menu, for keyboards and touch
// screens), ask why when it is won or lost, snap back when somebody else moved it first, and refresh the columns
// other people change (Server-Sent Events) with the pipeline's figures above them.
(function () {
  'use strict';

  // app.js (loaded first by the layout) owns the CSRF lookup.
  function csrf() {
    return Object.assign({ 'Content-Type': 'application/x-www-form-urlencoded' }, window.GrowthHub.csrfHeaders());
  }

  // Pipeline settings: drag a stage up or down, then save the whole order.
  document.querySelectorAll('[data-stage-order]').forEach(function (list) {
    var moving = null;
    list.addEventListener('dragstart', function (event) {
      moving = event.target.closest('[data-stage-id]');
      event.dataTransfer.effectAllowed = 'move';
    });
    list.addEventListener('dragover', function (event) {
      var over = event.target.closest('[data-stage-id]');
      if (!moving || !over || over === moving) {
        return;
      }
      event.preventDefault();
      var after = event.clientY > over.getBoundingClientRect().top + over.offsetHeight / 2;
      list.insertBefore(moving, after ? over.nextSibling : over);
    });
    list.addEventListener('drop', function (event) {
      event.preventDefault();
      moving = null;
      var body = new URLSearchParams();
      list.querySelectorAll('[data-stage-id]').forEach(function (item) {
        body.append('stageIds', item.getAttribute('data-stage-id'));
      });
      fetch(list.getAttribute('data-order-url'), { method: 'POST', headers: csrf(), body: body, credentials: 'same-origin' });
    });
  });

  var board = document.querySelector('[data-testid="board"]');
  if (!board) {
    return;
  }

  // Reloads one part of the board (a column, the pipeline's figures) from the server. One request per part is in
  // flight at a time, and a reload asked for meanwhile runs once it is back, so a part never stays older than the last
  // change. (htmx.ajax would queue every part behind the same element and drop all but the last request.) htmx.swap
  // keeps the focus on an element with an id, such as a card's "Move to…" button.
  var reloads = {};
  function reload(key, find) {
    var state = reloads[key] || (reloads[key] = { running: null, again: false });
    if (state.running) {
      state.again = true;
      return state.running;
    }
    var element = find();
    if (!element || !window.htmx) {
      return Promise.resolve();
    }
    state.running = fetch(element.getAttribute('data-refresh'), {
      credentials: 'same-origin', headers: { 'HX-Request': 'true' }
    }).then(function (response) {
      // A session that ended answers with the sign-in page: go there instead of showing it in a column.
      if (response.redirected && new URL(response.url).pathname === '/login') {
        window.location.assign(response.url);
        return null;
      }
      return response.ok ? response.text() : null;
    }).then(function (html) {
      var current = find();
      if (html !== null && current) {
        htmx.swap(current, html, { swapStyle: 'outerHTML', swapDelay: 0, settleDelay: 0 });
      }
    }).finally(function () {
      state.running = null;
      if (state.again) {
        state.again = false;
        return reload(key, find);
      }
    });
    return state.running;
  }

  function refreshSummary() {
    return reload('summary', function () {
      return document.querySelector('[data-testid="pipeline-summary"]');
    });
  }

  function refreshColumn(stageId) {
    refreshSummary();
    return reload('column-' + stageId, function () {
      return document.getElementById('column-' + stageId);
    });
  }

  function flash(message) {
    var target = document.getElementById('flash');
    if (target) {
      target.innerHTML = '';
      var alert = document.createElement('div');
      alert.className = 'alert alert-warning';
      alert.setAttribute('role', 'alert');
      alert.setAttribute('data-testid', 'move-conflict');
      alert.textContent = message;
      target.appendChild(alert);
    }
  }

  function askReason(kind) {
    return new Promise(function (resolve) {
      var element = document.getElementById('reason-modal');
      var form = document.getElementById('reason-form');
      var input = document.getElementById('reason');
      input.value = '';
      input.required = kind === 'lost';
      var modal = bootstrap.Modal.getOrCreateInstance(element);
      var answered = false;
      form.onsubmit = function (event) {
        event.preventDefault();
        answered = true;
        modal.hide();
        resolve(input.value);
      };
      element.addEventListener('hidden.bs.modal', function onHidden() {
        element.removeEventListener('hidden.bs.modal', onHidden);
        if (!answered) {
          resolve(null);
        }
      });
      modal.show();
    });
  }

  // Answers once the move is saved (or refused) and both columns show it: true when the deal moved.
  function move(card, from, to, kind) {
    var reasonAsked = kind === 'won' || kind === 'lost' ? askReason(kind) : Promise.resolve('');
    return reasonAsked.then(function (reason) {
      if (reason === null) {
        from.insertBefore(card, from.firstChild);
        return false;
      }
      var moved = false;
      var body = new URLSearchParams({ stageId: to.getAttribute('data-drop-stage'),
        version: card.getAttribute('data-version') });
      if (reason) {
        body.set('lostReason', reason);
      }
      return fetch('/deals/' + card.getAttribute('data-deal-id') + '/move', {
        method: 'POST', headers: csrf(), body: body, credentials: 'same-origin'
      }).then(function (response) {
        return response.json().then(function (json) {
          if (response.ok) {
            moved = true;
            card.setAttribute('data-version', json.version);
            return;
          }
          from.insertBefore(card, from.firstChild);
          flash(json.detail);
          if (json.stageId) {
            refreshColumn(json.stageId);
          }
        });
      }).finally(function () {
        return Promise.all([refreshColumn(from.getAttribute('data-drop-stage')),
          refreshColumn(to.getAttribute('data-drop-stage'))]);
      }).then(function () {
        return moved;
      });
    });
  }

  // "Move to…": the same move as a drop. Bootstrap's dropdown gives the keys (arrows, Enter, Escape); afterwards the
  // focus returns to the card's menu button in its new column (its id lets htmx keep it there when the column is
  // reloaded again), and a status line says where the deal went.
  board.addEventListener('click', function (event) {
    var item = event.target.closest && event.target.closest('[data-move-to]');
    if (!item) {
      return;
    }
    var card = item.closest('.board-card');
    var from = card.closest('.board-cards');
    var column = document.getElementById('column-' + item.getAttribute('data-stage-id'));
    var to = column && column.querySelector('.board-cards');
    if (!to || to === from) {
      return;
    }
    var id = card.getAttribute('data-deal-id');
    var title = card.querySelector('a').textContent.trim();
    var stageName = item.textContent.trim();
    var toggle = card.querySelector('[data-move-toggle]');
    bootstrap.Dropdown.getOrCreateInstance(toggle).hide();
    to.insertBefore(card, to.firstChild);
    move(card, from, to, to.getAttribute('data-stage-kind')).then(function (moved) {
      var status = document.getElementById('board-status');
      if (moved && status) {
        status.textContent = status.getAttribute('data-moved').replace('{0}', title).replace('{1}', stageName);
      }
      var again = document.getElementById('move-' + id);
      if (again) {
        again.focus();
      }
    });
  });

  var dragged = null;
  var origin = null;

  board.addEventListener('dragstart', function (event) {
    var card = event.target.closest && event.target.closest('.board-card');
    if (!card) {
      return;
    }
    dragged = card;
    origin = card.closest('.board-cards');
    event.dataTransfer.effectAllowed = 'move';
    event.dataTransfer.setData('text/plain', card.getAttribute('data-deal-id'));
  });

  board.addEventListener('dragover', function (event) {
    var zone = event.target.closest && event.target.closest('.board-cards');
    if (zone && dragged) {
      event.preventDefault();
      zone.classList.add('drop-target');
    }
  });

  board.addEventListener('dragleave', function (event) {
    var zone = event.target.closest && event.target.closest('.board-cards');
    if (zone) {
      zone.classList.remove('drop-target');
    }
  });

  board.addEventListener('drop', function (event) {
    var zone = event.target.closest && event.target.closest('.board-cards');
    if (!zone || !dragged) {
      return;
    }
    event.preventDefault();
    zone.classList.remove('drop-target');
    var card = dragged;
    var from = origin;
    dragged = null;
    if (zone === from) {
      return;
    }
    zone.insertBefore(card, zone.firstChild);
    move(card, from, zone, zone.getAttribute('data-stage-kind'));
  });

  board.addEventListener('dragend', function () {
    dragged = null;
  });

  // Other people's changes: refresh the columns the deal left and entered.
  var source = new EventSource(board.getAttribute('data-stream'));
  source.addEventListener('deal-moved', function (event) {
    var data = JSON.parse(event.data);
    if (data.fromStageId && data.fromStageId !== data.stageId) {
      refreshColumn(data.fromStageId);
    }
    refreshColumn(data.stageId);
  });
  board.setAttribute('data-live', 'connecting');
  source.addEventListener('ready', function () {
    board.setAttribute('data-live', 'open');
  });
  window.addEventListener('beforeunload', function () {
    source.close();
  });
})();
