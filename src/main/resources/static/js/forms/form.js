// The hosted form: steps with a progress bar, "show when" conditions (the same rules as FieldVisibility on the server),
// hidden fields filled with UTM parameters, referrer and page URL, the proof of work, and sending as JSON (multipart
// when the form takes files). In an
// iframe it tells the embedding page its height. Without this script the form still posts as plain HTML.
(function () {
  'use strict';
  var root = document.querySelector('.gh-form[data-form-id]');
  if (!root) { return; }
  var form = root.querySelector('form');
  var formId = root.dataset.formId;
  var steps = Array.prototype.slice.call(form.querySelectorAll('.gh-step'));
  var current = 0, reached = 0;
  var params = new URLSearchParams(location.search);
  var embedded = root.dataset.embedded === 'true';
  var pow = null;

  function values(key) {
    var out = [];
    form.querySelectorAll('[name="' + key + '"]').forEach(function (input) {
      if (input.type === 'checkbox' || input.type === 'radio') {
        if (input.checked) { out.push(input.value); }
      } else if (input.multiple) {
        Array.prototype.forEach.call(input.selectedOptions, function (o) { out.push(o.value); });
      } else if (input.value !== '') {
        out.push(input.value);
      }
    });
    return out;
  }

  function fields() { return Array.prototype.slice.call(form.querySelectorAll('.gh-field')); }

  function holds(rule, answer) {
    var expected = (rule.value || '').trim().toLowerCase();
    var lower = answer.map(function (v) { return v.trim().toLowerCase(); });
    switch (rule.operator) {
      case 'equals': return lower.indexOf(expected) >= 0;
      case 'not_equals': return lower.indexOf(expected) < 0;
      case 'contains': return lower.some(function (v) { return v.indexOf(expected) >= 0; });
      case 'is_filled': return lower.some(function (v) { return v !== ''; });
      case 'is_empty': return lower.every(function (v) { return v === ''; });
    }
    return false;
  }

  function applyConditions() {
    var visible = {};
    fields().forEach(function (field) {
      var condition = field.dataset.showWhen ? JSON.parse(field.dataset.showWhen) : null;
      var show = true;
      if (condition && condition.rules.length) {
        var results = condition.rules.map(function (rule) {
          return holds(rule, visible[rule.field] ? values(rule.field) : []);
        });
        show = condition.match === 'any' ? results.indexOf(true) >= 0 : results.indexOf(false) < 0;
      }
      visible[field.dataset.key] = show;
      if (!field.querySelector('input[type=hidden]')) { field.classList.toggle('d-none', !show); }
      field.querySelectorAll('input, select, textarea').forEach(function (input) { input.disabled = !show; });
    });
    resize();
  }

  function show(index) {
    steps.forEach(function (step, i) { step.classList.toggle('d-none', i !== index); });
    current = index;
    var bar = form.querySelector('.gh-progress-bar');
    if (bar) {
      bar.style.width = Math.round((index + 1) * 100 / steps.length) + '%';
      form.querySelector('.gh-step-label').textContent = 'Step ' + (index + 1) + ' of ' + steps.length;
    }
    if (index + 1 > reached) {
      reached = index + 1;
      navigator.sendBeacon && navigator.sendBeacon('/f/' + formId + '/progress?step=' + reached);
    }
    resize();
  }

  function valid(step) {
    var ok = true;
    step.querySelectorAll('input, select, textarea').forEach(function (input) {
      if (!input.disabled && !input.checkValidity()) { ok = false; }
    });
    step.classList.add('was-validated');
    return ok;
  }

  function capture() {
    form.querySelectorAll('input[data-captures]').forEach(function (input) {
      var what = input.dataset.captures;
      if (what === 'referrer') { input.value = params.get('ref') || document.referrer; }
      else if (what === 'page_url') { input.value = params.get('page') || location.href; }
      else if (what) { input.value = params.get(what) || ''; }
    });
  }

  function sha256(text) {
    if (window.crypto && crypto.subtle && window.isSecureContext) {
      return crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)).then(function (buffer) {
        return Array.prototype.map.call(new Uint8Array(buffer), function (b) { return ('0' + b.toString(16)).slice(-2); }).join('');
      });
    }
    return Promise.resolve(window.ghSha256(text));
  }

  // ALTCHA-style: find the number whose hash with the salt is the challenge; a few thousand hashes on average.
  function solve() {
    // A refused challenge (rate limit, unpublished form) has no number to find: searching would never end.
    return fetch('/f/' + formId + '/challenge').then(function (r) {
      if (!r.ok) { throw new Error('challenge refused: ' + r.status); }
      return r.json();
    }).then(function (c) {
      function attempt(n) {
        if (n > c.maxnumber) { throw new Error('unsolvable'); }
        return sha256(c.salt + n).then(function (hash) {
          if (hash === c.challenge) {
            return btoa(JSON.stringify({ algorithm: c.algorithm, challenge: c.challenge, number: n, salt: c.salt, signature: c.signature }));
          }
          return attempt(n + 1);
        });
      }
      return attempt(0);
    });
  }

  function resize() {
    if (embedded && window.parent !== window) {
      window.parent.postMessage({ type: 'gh-form:height', formId: formId, height: document.documentElement.scrollHeight }, '*');
    }
  }

  function send(event) {
    event.preventDefault();
    if (!valid(steps[current])) { return; }
    var body = {};
    var files = [];
    fields().forEach(function (field) {
      var key = field.dataset.key;
      var disabled = field.querySelector('input:disabled, select:disabled, textarea:disabled');
      var file = field.querySelector('input[type=file]');
      if (file) {
        if (!disabled && file.files.length) { files.push([key, file.files[0]]); }
        return;
      }
      var answer = values(key);
      if (!disabled && answer.length) { body[key] = answer.length === 1 ? answer[0] : answer; }
    });
    ['_hp', '_ts', '_idempotency_key'].forEach(function (name) { body[name] = form.elements[name].value; });
    var working = form.querySelector('.gh-working'), error = form.querySelector('.gh-form-error');
    var button = form.querySelector('.gh-submit');
    button.disabled = true;
    error.classList.add('d-none');
    var ready = root.dataset.pow === 'true' ? (working.classList.remove('d-none'), pow || (pow = solve())) : Promise.resolve(null);
    ready.then(function (solution) {
      if (solution) { body._pow = solution; }
      if (form.enctype !== 'multipart/form-data') {
        return fetch(form.action, { method: 'POST', headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' }, body: JSON.stringify(body) });
      }
      // Files go as multipart; the browser writes the Content-Type with its boundary.
      var data = new FormData();
      Object.keys(body).forEach(function (key) {
        [].concat(body[key]).forEach(function (value) { data.append(key, value); });
      });
      files.forEach(function (file) { data.append(file[0], file[1], file[1].name); });
      return fetch(form.action, { method: 'POST', headers: { 'Accept': 'application/json' }, body: data });
    }).then(function (response) {
      return response.json().then(function (json) { return { ok: response.ok, json: json }; });
    }).then(function (result) {
      working.classList.add('d-none');
      if (result.ok) {
        var redirect = root.dataset.redirect;
        if (redirect) { window.top.location.href = redirect; return; }
        form.classList.add('d-none');
        root.querySelector('.gh-done').classList.remove('d-none');
        resize();
        return;
      }
      pow = null;
      error.textContent = (result.json.errors || []).map(function (e) { return e.field + ' ' + e.message; }).join('. ') || result.json.detail;
      error.classList.remove('d-none');
      button.disabled = false;
      resize();
    }).catch(function () {
      pow = null;
      working.classList.add('d-none');
      error.textContent = 'Sending failed. Please check your connection and try again.';
      error.classList.remove('d-none');
      button.disabled = false;
    });
  }

  form.elements._idempotency_key.value = window.crypto && crypto.randomUUID ? crypto.randomUUID() : String(Date.now()) + Math.random();
  capture();
  form.addEventListener('input', applyConditions);
  form.addEventListener('change', applyConditions);
  form.querySelectorAll('.gh-next').forEach(function (b) { b.addEventListener('click', function () { if (valid(steps[current])) { show(current + 1); } }); });
  form.querySelectorAll('.gh-back').forEach(function (b) { b.addEventListener('click', function () { show(current - 1); }); });
  form.addEventListener('submit', send);
  // A file over the field's limit is refused here, before it is sent; the server checks again.
  form.querySelectorAll('input[type=file][data-max-bytes]').forEach(function (input) {
    input.addEventListener('change', function () {
      var tooBig = input.files.length && input.files[0].size > Number(input.dataset.maxBytes);
      input.setCustomValidity(tooBig ? 'This file is larger than ' + Math.round(Number(input.dataset.maxBytes) / 1048576) + ' MB.' : '');
    });
  });
  applyConditions();
  show(0);
  if (root.dataset.pow === 'true') { pow = solve(); pow.catch(function () { pow = null; }); }
  window.addEventListener('resize', resize);
})();
