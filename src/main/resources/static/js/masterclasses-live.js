/*
 * The masterclass room (live and replay) and the staff replay: player, chat, notification cards, viewer count,
 * heartbeats and the transcript following along. No inline script: everything the page needs is in data-* attributes.
 */
(function () {
  'use strict';

  var root = document.getElementById('live-room');
  if (!root) {
    return;
  }
  var data = root.dataset;
  var api = data.api || '';
  var roomUrl = data.roomUrl || (api + '/room');
  var status = data.status;
  var replay = status === 'ended' || status === 'archived';
  var messages = document.getElementById('live-messages');
  var cards = document.getElementById('live-cards');
  var viewers = document.getElementById('live-viewers');
  var video = document.getElementById('live-video');
  var shownMessages = {};
  var shownCards = {};
  var replayChat = [];
  var replayNotifications = [];
  var transcript = [];
  var pageOpenedAt = Date.now();
  var startAt = parseInt(data.at || '0', 10) || 0;

  function text(value) {
    return value == null ? '' : String(value);
  }

  function element(tag, className, content) {
    var node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (content != null) {
      node.textContent = content;
    }
    return node;
  }

  function renderMessage(message) {
    var item = shownMessages[message.id] || element('li', 'live-message mb-2');
    item.replaceChildren();
    item.dataset.id = message.id;
    item.setAttribute('data-testid', 'live-message');
    var author = element('strong', 'me-1', text(message.authorName));
    item.appendChild(author);
    if (message.staff) {
      item.appendChild(element('span', 'badge text-bg-primary me-1', data.textHost));
    }
    if (message.question) {
      item.appendChild(element('span', 'badge text-bg-warning me-1', data.textQuestion));
    }
    item.appendChild(element('span', 'live-message-body', text(message.body)));
    if (!shownMessages[message.id]) {
      shownMessages[message.id] = item;
      messages.appendChild(item);
      messages.scrollTop = messages.scrollHeight;
    }
  }

  function removeMessage(id) {
    var item = shownMessages[id];
    if (item) {
      item.remove();
      delete shownMessages[id];
    }
  }

  function showPinned(message) {
    var pinned = document.getElementById('live-pinned');
    if (!message || !message.pinned || message.deletedAt) {
      pinned.classList.add('d-none');
      return;
    }
    pinned.replaceChildren(element('strong', 'me-1', data.textPinned + ' · ' + text(message.authorName)),
      element('span', null, text(message.body)));
    pinned.classList.remove('d-none');
  }

  function recordClick(notification) {
    if (!api) {
      return;
    }
    var body = JSON.stringify({ mediaSeconds: Math.floor(mediaTime()) });
    fetch(api + '/offers/' + notification.id + '/click', {
      method: 'POST', keepalive: true, headers: { 'Content-Type': 'application/json' }, body: body
    });
  }

  function showCard(notification) {
    if (shownCards[notification.id]) {
      return;
    }
    var card = element('div', 'card live-card mb-2 live-card-' + notification.kind);
    card.setAttribute('data-testid', 'live-card');
    card.dataset.kind = notification.kind;
    var body = element('div', 'card-body d-flex flex-wrap align-items-center gap-2');
    body.appendChild(element('span', 'flex-grow-1', text(notification.text)));
    var href = notification.kind === 'book_call' ? (data.bookUrl || notification.url) : notification.url;
    if (href) {
      var link = element('a', 'btn btn-sm ' + (notification.kind === 'book_call' ? 'btn-success' : 'btn-primary'),
        notification.kind === 'book_call' ? data.textBook : data.textOpen);
      link.href = href;
      link.target = '_blank';
      link.rel = 'noopener';
      link.setAttribute('data-testid', 'live-card-action');
      link.addEventListener('click', function () { recordClick(notification); });
      body.appendChild(link);
    }
    card.appendChild(body);
    shownCards[notification.id] = card;
    cards.prepend(card);
  }

  function setViewers(count) {
    if (viewers && count != null) {
      viewers.textContent = String(count);
    }
  }

  /* The player: hls.js where the browser lacks native HLS, the browser's own player otherwise; frames play alone. */
  function startPlayer() {
    if (!video) {
      return;
    }
    var source = video.getAttribute('data-src');
    if (data.streamKind === 'hls' && window.Hls && window.Hls.isSupported()) {
      var hls = new window.Hls();
      hls.loadSource(source);
      hls.attachMedia(video);
    } else {
      video.src = source;
    }
    if (startAt > 0) {
      video.addEventListener('loadedmetadata', function () { video.currentTime = startAt; }, { once: true });
    }
  }

  /* The media time now: the player's position in the replay, seconds since the start while live. */
  function mediaTime() {
    if (replay) {
      if (video && !isNaN(video.currentTime) && (video.currentTime > 0 || !video.paused)) {
        return video.currentTime;
      }
      return startAt + (Date.now() - pageOpenedAt) / 1000;
    }
    return (liveMediaBase || 0) + (Date.now() - liveMediaAt) / 1000;
  }

  var liveMediaBase = 0;
  var liveMediaAt = Date.now();

  function countdown() {
    var target = Date.parse(data.startsAt);
    var node = document.getElementById('live-countdown');
    if (!node || isNaN(target)) {
      return;
    }
    function tick() {
      var left = Math.max(0, Math.floor((target - Date.now()) / 1000));
      var h = Math.floor(left / 3600);
      var m = Math.floor((left % 3600) / 60);
      var s = left % 60;
      node.textContent = (h > 0 ? h + ':' : '') + String(m).padStart(2, '0') + ':' + String(s).padStart(2, '0');
    }
    tick();
    setInterval(tick, 1000);
  }

  function heartbeat() {
    fetch(api + '/heartbeat', { method: 'POST' }).then(function (response) {
      return response.ok ? response.json() : null;
    }).then(function (beat) {
      if (!beat) {
        return;
      }
      setViewers(beat.viewers);
      liveMediaBase = beat.mediaSeconds;
      liveMediaAt = Date.now();
      if (beat.status !== status) {
        window.location.reload();
      }
    }).catch(function () { /* the next beat tries again */ });
  }

  function listen() {
    var handlers = {
      chat: renderMessage,
      chat_deleted: function (data) { removeMessage(data.id); },
      pinned: showPinned,
      notification: showCard,
      viewers: function (data) { setViewers(data.viewers); },
      status: function (data) {
        if (data.status !== status) {
          window.location.reload();
        }
      }
    };
    var events = new EventSource(api + '/stream');
    events.addEventListener('viewers', function (event) { handlers.viewers(JSON.parse(event.data)); });
    // The room sends what happened as one 'batch' event about every 200 ms: a list of {event, data} in order.
    events.addEventListener('batch', function (event) {
      JSON.parse(event.data).forEach(function (item) {
        var handler = handlers[item.event];
        if (handler) {
          handler(item.data);
        }
      });
    });
  }

  function chatForm() {
    var form = document.getElementById('live-chat-form');
    if (!form) {
      return;
    }
    var input = document.getElementById('live-chat-input');
    var error = document.getElementById('live-chat-error');
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var body = input.value.trim();
      if (!body) {
        return;
      }
      error.classList.add('d-none');
      fetch(api + '/chat', {
        method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify({ body: body })
      }).then(function (response) {
        if (response.ok) {
          input.value = '';
          return response.json().then(renderMessage);
        }
        return response.json().catch(function () { return {}; }).then(function (problem) {
          var message = response.status === 429 ? data.textSlow : response.status === 403 ? data.textMuted
            : (problem.detail || data.textFailed);
          error.textContent = message;
          error.classList.remove('d-none');
        });
      });
    });
  }

  /* Replay: chat and cards appear as the media time reaches them; seeking back shows the past again. */
  function followReplay() {
    var last = -1;
    setInterval(function () {
      var now = mediaTime();
      if (now < last) {
        messages.replaceChildren();
        shownMessages = {};
        cards.replaceChildren();
        shownCards = {};
      }
      last = now;
      replayChat.forEach(function (message) {
        if (message.mediaSeconds <= now && !shownMessages[message.id]) {
          renderMessage(message);
        }
      });
      replayNotifications.forEach(function (notification) {
        if (notification.mediaTimeSeconds != null && notification.mediaTimeSeconds <= now) {
          showCard(notification);
        }
      });
      highlightTranscript(now);
    }, 500);
  }

  function loadTranscript() {
    if (!data.transcript) {
      return;
    }
    fetch(data.transcript, { headers: { Accept: 'application/json' } }).then(function (response) {
      return response.status === 200 ? response.json() : null;
    }).then(function (body) {
      if (!body || !body.items || !body.items.length) {
        return;
      }
      var list = document.getElementById('live-transcript-lines');
      transcript = body.items.map(function (line) {
        var item = element('li', 'live-transcript-line', null);
        if (line.speaker) {
          item.appendChild(element('strong', 'me-1', line.speaker + ':'));
        }
        item.appendChild(element('span', null, text(line.text)));
        item.setAttribute('data-testid', 'transcript-line');
        item.addEventListener('click', function () {
          if (video) {
            video.currentTime = line.startMs / 1000;
          }
        });
        list.appendChild(item);
        return { startMs: line.startMs, endMs: line.endMs, node: item };
      });
      document.getElementById('live-transcript').classList.remove('d-none');
    }).catch(function () { /* no transcript */ });
  }

  function highlightTranscript(seconds) {
    var ms = seconds * 1000;
    transcript.forEach(function (line) {
      var current = line.startMs <= ms && ms < line.endMs;
      if (current !== line.node.classList.contains('current')) {
        line.node.classList.toggle('current', current);
        if (current) {
          line.node.scrollIntoView({ block: 'nearest' });
        }
      }
    });
  }

  function loadRoom() {
    return fetch(roomUrl, { headers: { Accept: 'application/json' } }).then(function (response) {
      return response.json();
    }).then(function (room) {
      setViewers(room.viewers);
      liveMediaBase = room.mediaSeconds;
      liveMediaAt = Date.now();
      if (replay) {
        replayChat = room.chat;
        replayNotifications = room.notifications;
        followReplay();
        return;
      }
      room.chat.forEach(renderMessage);
      room.chat.filter(function (message) { return message.pinned; }).forEach(showPinned);
      room.notifications.forEach(showCard);
    });
  }

  if (status === 'published' || status === 'draft') {
    countdown();
  } else {
    startPlayer();
  }
  loadRoom();
  if (replay) {
    loadTranscript();
  }
  if (api) {
    chatForm();
    if (!replay) {
      listen();
    }
    heartbeat();
    setInterval(heartbeat, 30000);
    window.addEventListener('pagehide', function () {
      if (navigator.sendBeacon) {
        navigator.sendBeacon(api + '/leave');
      }
    });
  }
})();
