// The deals board: drag a card to another column, ask why when it is won or lost, snap back when somebody
// else moved it first, and refresh the columns other people change (Server-Sent Events).
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

  function refreshColumn(stageId) {
    var column = document.getElementById('column-' + stageId);
    if (column && window.htmx) {
      return htmx.ajax('GET', column.getAttribute('data-refresh'), { target: column, swap: 'outerHTML' });
    }
    return Promise.resolve();
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

  function move(card, from, to, kind) {
    var reasonAsked = kind === 'won' || kind === 'lost' ? askReason(kind) : Promise.resolve('');
    reasonAsked.then(function (reason) {
      if (reason === null) {
        from.insertBefore(card, from.firstChild);
        return;
      }
      var body = new URLSearchParams({ stageId: to.getAttribute('data-drop-stage'),
        version: card.getAttribute('data-version') });
      if (reason) {
        body.set('lostReason', reason);
      }
      fetch('/deals/' + card.getAttribute('data-deal-id') + '/move', {
        method: 'POST', headers: csrf(), body: body, credentials: 'same-origin'
      }).then(function (response) {
        return response.json().then(function (json) {
          if (response.ok) {
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
        refreshColumn(from.getAttribute('data-drop-stage'));
        refreshColumn(to.getAttribute('data-drop-stage'));
      });
    });
  }

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
