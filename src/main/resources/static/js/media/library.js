// The media library: uploads with a progress bar per file, and cards that follow their item's status live.
(function () {
  'use strict';

  var grid = document.getElementById('media-grid');

  // Each file goes in its own request (two at a time), so each has its own progress and its own refusal.
  var form = document.querySelector('[data-media-upload]');
  if (form && window.FormData && window.XMLHttpRequest) {
    var input = form.querySelector('input[type=file]');
    var zone = form.querySelector('[data-drop-zone]');
    var queue = document.getElementById('upload-queue');
    var template = document.getElementById('upload-row');
    var waiting = [];
    var running = 0;

    var add = function (files) {
      Array.prototype.forEach.call(files, function (file) {
        var row = template.content.firstElementChild.cloneNode(true);
        row.querySelector('[data-name]').textContent = file.name;
        queue.appendChild(row);
        waiting.push({ file: file, row: row });
      });
      pump();
    };

    var pump = function () {
      while (running < 2 && waiting.length > 0) {
        send(waiting.shift());
      }
    };

    var finish = function (job, ok, message) {
      var bar = job.row.querySelector('[data-bar]');
      bar.classList.add(ok ? 'bg-success' : 'bg-danger');
      bar.style.width = '100%';
      job.row.querySelector('[data-state]').textContent = message;
      job.row.setAttribute('data-result', ok ? 'done' : 'refused');
      running--;
      pump();
    };

    var insert = function (html) {
      if (!grid) {
        window.location.reload();
        return;
      }
      var empty = document.querySelector('[data-media-empty]');
      if (empty) {
        empty.remove();
      }
      var holder = document.createElement(grid.tagName === 'TBODY' ? 'tbody' : 'div');
      holder.innerHTML = html;
      Array.prototype.slice.call(holder.children).reverse().forEach(function (node) {
        grid.insertBefore(node, grid.firstElementChild);
        if (window.htmx) {
          htmx.process(node);
        }
      });
    };

    var send = function (job) {
      running++;
      var data = new FormData();
      data.append('file', job.file, job.file.name);
      data.append('accessLevel', form.elements.accessLevel.value);
      if (form.elements.collectionId.value) {
        data.append('collectionId', form.elements.collectionId.value);
      }
      data.append('view', grid ? grid.getAttribute('data-view') : 'grid');
      var request = new XMLHttpRequest();
      request.open('POST', form.getAttribute('action'));
      var headers = window.GrowthHub.csrfHeaders();
      Object.keys(headers).forEach(function (name) {
        request.setRequestHeader(name, headers[name]);
      });
      var bar = job.row.querySelector('[data-bar]');
      var progress = job.row.querySelector('.progress');
      request.upload.addEventListener('progress', function (event) {
        if (event.lengthComputable) {
          var percent = Math.round(event.loaded * 100 / event.total);
          bar.style.width = percent + '%';
          progress.setAttribute('aria-valuenow', String(percent));
          job.row.querySelector('[data-state]').textContent = percent + '%';
        }
      });
      request.addEventListener('load', function () {
        if (request.status >= 200 && request.status < 300) {
          insert(request.responseText);
          finish(job, true, form.getAttribute('data-done'));
        }
        else {
          // Our refusal is a short text; one refused before the page's handler (a file over the server's limit) is problem+json.
          var text;
          try {
            text = JSON.parse(request.responseText).detail || '';
          }
          catch (notJson) {
            text = new DOMParser().parseFromString(request.responseText, 'text/html').body.textContent.trim();
          }
          finish(job, false, form.getAttribute('data-failed') + (text && text.length < 300 ? ': ' + text : ' (' + request.status + ')'));
        }
      });
      request.addEventListener('error', function () {
        finish(job, false, form.getAttribute('data-failed'));
      });
      request.send(data);
    };

    input.addEventListener('change', function () {
      add(input.files);
      input.value = '';
    });
    form.addEventListener('submit', function (event) {
      event.preventDefault();
    });
    zone.addEventListener('dragover', function (event) {
      event.preventDefault();
      zone.classList.add('is-over');
    });
    zone.addEventListener('dragleave', function () {
      zone.classList.remove('is-over');
    });
    zone.addEventListener('drop', function (event) {
      event.preventDefault();
      zone.classList.remove('is-over');
      add(event.dataTransfer.files);
    });
  }

  // One stream per page: a status change makes the item's card fetch itself again; an item's own page reloads.
  var source = document.querySelector('[data-media-stream]');
  if (source && window.EventSource) {
    var watched = document.querySelector('[data-media-watch]');
    var stream = new EventSource(source.getAttribute('data-media-stream'));
    stream.addEventListener('status', function (event) {
      var change = JSON.parse(event.data);
      if (watched && watched.getAttribute('data-media-id') === change.id) {
        window.location.reload();
        return;
      }
      var card = document.querySelector('#media-grid [data-media-id="' + change.id + '"]');
      if (card && window.htmx) {
        htmx.trigger(card, 'media-changed');
      }
    });
    window.addEventListener('pagehide', function () { stream.close(); });
  }
})();
