/* The host's live console: chat moderation, notifications, viewer count, start and end. */
(function () {
  'use strict';

  var root = document.getElementById('console');
  if (!root) {
    return;
  }
  var data = root.dataset;
  var base = data.base;
  var messages = document.getElementById('console-messages');
  var list = document.getElementById('console-notifications');
  var errorBox = document.getElementById('console-error');
  var shown = {};
  var mediaBase = 0;
  var mediaAt = Date.now();
  var status = data.status;

  function headers() {
    return Object.assign({ 'Content-Type': 'application/json', Accept: 'application/json' }, window.GrowthHub.csrfHeaders());
  }

  function post(path, body) {
    errorBox.classList.add('d-none');
    return fetch(base + path, { method: 'POST', headers: headers(), credentials: 'same-origin',
      body: JSON.stringify(body || {}) }).then(function (response) {
      if (!response.ok) {
        errorBox.textContent = response.status + ' ' + response.statusText;
        errorBox.classList.remove('d-none');
        throw new Error(String(response.status));
      }
      return response.status === 204 ? null : response.json();
    });
  }

  function button(label, testid, action) {
    var b = document.createElement('button');
    b.type = 'button';
    b.className = 'btn btn-link btn-sm p-0 me-2';
    b.textContent = label;
    b.setAttribute('data-testid', testid);
    b.addEventListener('click', action);
    return b;
  }

  function render(message) {
    var item = shown[message.id] || document.createElement('li');
    item.className = 'live-message mb-2' + (message.deletedAt ? ' text-decoration-line-through text-body-secondary' : '');
    item.setAttribute('data-testid', 'console-message');
    item.replaceChildren();
    var author = document.createElement('strong');
    author.className = 'me-1';
    author.textContent = message.authorName;
    item.appendChild(author);
    var body = document.createElement('span');
    body.className = 'live-message-body';
    body.textContent = message.body;
    item.appendChild(body);
    if (message.question) {
      var q = document.createElement('span');
      q.className = 'badge ms-1 ' + (message.answeredAt ? 'text-bg-success' : 'text-bg-warning');
      q.textContent = message.answeredAt ? data.textAnswered : data.textQuestion;
      item.appendChild(q);
    }
    if (!message.deletedAt) {
      var tools = document.createElement('div');
      tools.className = 'small';
      tools.appendChild(button(data.textDelete, 'console-delete', function () {
        post('/chat/' + message.id + '/delete').then(function () { message.deletedAt = 'now'; render(message); });
      }));
      tools.appendChild(button(message.pinned ? data.textUnpin : data.textPin, 'console-pin', function () {
        post('/chat/' + message.id + '/pin', { pinned: !message.pinned }).then(render);
      }));
      tools.appendChild(button(message.question ? data.textAnswered : data.textQuestion, 'console-question', function () {
        post('/chat/' + message.id + '/question', { question: true, answered: message.question }).then(render);
      }));
      if (message.registrationId) {
        tools.appendChild(button(data.textMute, 'console-mute', function () {
          post('/mutes', { registrationId: message.registrationId, muted: true });
        }));
      }
      item.appendChild(tools);
    }
    if (!shown[message.id]) {
      shown[message.id] = item;
      messages.appendChild(item);
      messages.scrollTop = messages.scrollHeight;
    }
  }

  function clock(seconds) {
    var s = Math.max(0, Math.floor(seconds));
    return Math.floor(s / 60) + ':' + String(s % 60).padStart(2, '0');
  }

  function renderNotification(n) {
    var item = document.createElement('li');
    item.className = 'list-group-item d-flex justify-content-between align-items-center';
    item.setAttribute('data-testid', 'console-notification');
    var label = document.createElement('span');
    label.textContent = n.kind + ' · ' + n.text + ' · ' + (n.sentAt ? data.textSent : data.textScheduled)
      + (n.mediaTimeSeconds != null ? ' ' + clock(n.mediaTimeSeconds) : '');
    item.appendChild(label);
    item.appendChild(button(data.textRemove, 'console-notification-remove', function () {
      post('/notifications/' + n.id + '/delete').then(function () { item.remove(); });
    }));
    list.appendChild(item);
  }

  function parseAt(value) {
    var parts = value.trim().split(':').map(function (p) { return parseInt(p, 10); });
    if (parts.some(isNaN)) {
      return null;
    }
    return parts.reduce(function (total, part) { return total * 60 + part; }, 0);
  }

  function load() {
    fetch(base + '/state', { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (r) { return r.json(); })
      .then(function (state) {
        document.getElementById('console-viewers').textContent = state.viewers;
        mediaBase = state.mediaSeconds;
        mediaAt = Date.now();
        state.chat.forEach(render);
        list.replaceChildren();
        state.notifications.forEach(renderNotification);
      });
  }

  document.getElementById('console-chat-form').addEventListener('submit', function (event) {
    event.preventDefault();
    var input = document.getElementById('console-chat-input');
    if (!input.value.trim()) {
      return;
    }
    post('/chat', { body: input.value }).then(function (message) { input.value = ''; render(message); });
  });

  document.getElementById('console-notify').addEventListener('submit', function (event) {
    event.preventDefault();
    var form = event.target;
    var at = form.elements.at.value.trim();
    var body = { kind: form.elements.kind.value, text: form.elements.text.value, url: form.elements.url.value || null };
    if (at) {
      body.mediaTimeSeconds = parseAt(at);
    } else {
      body.sendNow = true;
    }
    post('/notifications', body).then(function (n) {
      renderNotification(n);
      form.elements.text.value = '';
      form.elements.at.value = '';
    });
  });

  document.getElementById('console-start').addEventListener('click', function () {
    post('/start').then(function () { window.location.reload(); });
  });
  document.getElementById('console-end').addEventListener('click', function () {
    post('/end').then(function () { window.location.reload(); });
  });

  var handlers = {
    chat: render,
    pinned: render,
    chat_deleted: function (data) {
      var item = shown[data.id];
      if (item) {
        item.classList.add('text-decoration-line-through', 'text-body-secondary');
      }
    },
    notification: function () { load(); },
    viewers: function (data) { document.getElementById('console-viewers').textContent = data.viewers; }
  };
  var events = new EventSource(base + '/stream');
  events.addEventListener('viewers', function (event) { handlers.viewers(JSON.parse(event.data)); });
  // What happened in the room arrives as one 'batch' event about every 200 ms: a list of {event, data} in order.
  events.addEventListener('batch', function (event) {
    JSON.parse(event.data).forEach(function (item) {
      var handler = handlers[item.event];
      if (handler) {
        handler(item.data);
      }
    });
  });

  setInterval(function () {
    if (status === 'live') {
      document.getElementById('console-media').textContent = clock(mediaBase + (Date.now() - mediaAt) / 1000);
    }
  }, 1000);
  load();
})();
