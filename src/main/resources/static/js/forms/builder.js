// The form builder (templates/forms/builder.html). The definition lives in one object; every edit rewrites the JSON
// textarea that the page posts, so the JSON view and the builder never disagree and "Save draft" stays a plain form
// post. Fields are dragged from the palette into steps and between them with SortableJS (its pointer-event mode, so
// touch screens and test browsers drag too); every drag has a button or select for keyboards. The preview is the
// hosted page's own HTML for the draft (POST …/preview), shown in a srcdoc frame; its refusals (422, each problem with
// a JSON pointer) and the save's are shown beside the field, step or theme setting they concern.
(function () {
  'use strict';
  var root = document.querySelector('[data-builder]');
  if (!root) { return; }

  var CHOICES = ['select', 'multi_select', 'radio'];
  var TEXTUAL = ['text', 'email', 'phone', 'number', 'textarea', 'date'];
  var textarea = root.querySelector('[data-json]');
  var stepsBox = root.querySelector('[data-steps]');
  var properties = root.querySelector('[data-properties]');
  var targetStep = root.querySelector('[data-target-step]');
  var frame = root.querySelector('[data-preview]');
  var previewProblems = root.querySelector('[data-preview-problems]');
  var jsonProblem = root.querySelector('[data-json-problem]');
  var uploadSupported = root.dataset.upload === 'true';
  var definition = null, selected = null, view = 'visual', problems = [], previewTimer = null, previewRun = 0;
  var palette = root.querySelector('[data-palette]');

  function message(name) { return root.querySelector('[data-message="' + name + '"]').textContent; }
  function fields() { return definition.fields; }
  function field(key) { return fields().filter(function (f) { return f.key === key; })[0] || null; }
  function stepCount() { return definition.steps.length; }

  function read() {
    try {
      var parsed = JSON.parse(textarea.value);
      if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) { return false; }
      parsed.fields = Array.isArray(parsed.fields) ? parsed.fields : [];
      parsed.steps = Array.isArray(parsed.steps) && parsed.steps.length ? parsed.steps : [{ title: message('step') + ' 1' }];
      parsed.theme = parsed.theme || {};
      parsed.fields.forEach(function (f) { f.step = typeof f.step === 'number' ? f.step : 0; });
      definition = parsed;
      if (selected && !field(selected)) { selected = null; }
      return true;
    } catch (e) {
      return false;
    }
  }

  // Fields stay grouped by step in the array, in the order shown; conditions may only look backwards, which this order
  // makes visible: a field can only be shown "when" a field above it.
  function normalise() {
    definition.fields.sort(function (a, b) { return a.step - b.step; });
  }

  function changed() {
    normalise();
    textarea.value = JSON.stringify(definition, null, 2);
    render();
    schedulePreview();
  }

  // Small edits (typing in a property) rewrite the JSON and the field's line, not the whole builder, so focus stays.
  function edited() {
    textarea.value = JSON.stringify(definition, null, 2);
    renderSteps();
    schedulePreview();
  }

  function uniqueKey(type) {
    var base = type.replace(/[^a-z0-9_]/g, '_'), n = 1;
    while (field(base + '_' + n)) { n++; }
    return base + '_' + n;
  }

  function newField(type, step) {
    var label = root.querySelector('[data-add="' + type + '"]').textContent.trim();
    var f = { key: uniqueKey(type), type: type, label: label, required: false, options: [], mapsTo: null, step: step };
    if (CHOICES.indexOf(type) >= 0) { f.options = [message('option') + ' 1', message('option') + ' 2']; }
    var mapped = fields().some(function (other) { return other.mapsTo === type; });
    if ((type === 'email' || type === 'phone') && !mapped) { f.mapsTo = type; }
    if (type === 'hidden') { f.captures = 'utm_source'; }
    return f;
  }

  function add(type, step, index) {
    var f = newField(type, step);
    var inStep = fields().filter(function (other) { return other.step === step; });
    var before = typeof index === 'number' && index < inStep.length ? inStep[index] : null;
    var at = before ? fields().indexOf(before) : lastIndexOfStep(step) + 1;
    fields().splice(at, 0, f);
    selected = f.key;
    changed();
  }

  function lastIndexOfStep(step) {
    var last = -1;
    fields().forEach(function (f, i) { if (f.step <= step) { last = i; } });
    return last;
  }

  // After a drag: the steps' lists in the page are the truth; read the order (and any palette item dropped) from them.
  function fromPage() {
    var ordered = [], dropped = null;
    stepsBox.querySelectorAll('[data-fields]').forEach(function (list, step) {
      Array.prototype.forEach.call(list.children, function (item) {
        if (item.dataset.key && field(item.dataset.key)) {
          var f = field(item.dataset.key);
          f.step = step;
          ordered.push(f);
        } else if (item.dataset.type) {
          dropped = newField(item.dataset.type, step);
          ordered.push(dropped);
        }
      });
    });
    fields().forEach(function (f) { if (ordered.indexOf(f) < 0) { ordered.push(f); } });
    definition.fields = ordered;
    if (dropped) { selected = dropped.key; }
    changed();
  }

  function render() {
    renderTargets();
    renderSteps();
    renderProperties();
    renderTheme();
    renderSettings();
  }

  function renderSettings() {
    var settings = definition.settings || {};
    root.querySelectorAll('[data-setting-prop]').forEach(function (input) {
      var name = input.dataset.settingProp, current = settings[name];
      if (document.activeElement !== input) {
        input.value = Array.isArray(current) ? current.join('\n') : (current || '');
      }
      input.classList.toggle('is-invalid', problemsAt('/settings/' + name).length > 0);
      feedback(input, problemsAt('/settings/' + name));
    });
    root.querySelectorAll('[data-notify]').forEach(function (box) {
      box.checked = (settings.notifyUserIds || []).indexOf(box.value) >= 0;
    });
  }

  function renderTargets() {
    var current = targetStep.value;
    targetStep.innerHTML = '';
    var stepSelect = properties.querySelector('[data-prop="step"]');
    stepSelect.innerHTML = '';
    definition.steps.forEach(function (step, i) {
      var text = (i + 1) + '. ' + (step.title || '');
      targetStep.add(new Option(text, String(i)));
      stepSelect.add(new Option(text, String(i)));
    });
    targetStep.value = current && Number(current) < stepCount() ? current : String(selected && field(selected) ? field(selected).step : 0);
  }

  function renderSteps() {
    var focused = document.activeElement && document.activeElement.matches('[data-step-title]')
      ? Array.prototype.indexOf.call(stepsBox.querySelectorAll('[data-step-title]'), document.activeElement) : -1;
    var caret = focused >= 0 ? document.activeElement.selectionStart : null;
    stepsBox.innerHTML = '';
    definition.steps.forEach(function (step, i) {
      var card = root.querySelector('[data-step-template]').content.firstElementChild.cloneNode(true);
      card.dataset.step = String(i);
      card.setAttribute('data-testid', 'builder-step-' + (i + 1));
      var title = card.querySelector('[data-step-title]');
      title.value = step.title || '';
      title.id = 'builder-step-title-' + i;
      title.setAttribute('aria-label', message('step') + ' ' + (i + 1));
      card.querySelector('[data-step-title-label]').setAttribute('for', title.id);
      title.classList.toggle('is-invalid', problemsAt('/steps/' + i).length > 0);
      title.addEventListener('input', function () {
        step.title = title.value;
        textarea.value = JSON.stringify(definition, null, 2);
        renderTargets();
        schedulePreview();
      });
      var remove = card.querySelector('[data-remove-step]');
      remove.classList.toggle('d-none', stepCount() < 2);
      remove.addEventListener('click', function () { removeStep(i); });
      var list = card.querySelector('[data-fields]');
      fields().filter(function (f) { return f.step === i; }).forEach(function (f) { list.appendChild(fieldItem(f)); });
      card.querySelector('.builder-empty-step').classList.toggle('d-none', list.children.length > 0);
      stepsBox.appendChild(card);
      sortable(list, { name: 'fields' });
    });
    if (focused >= 0) {
      var again = stepsBox.querySelectorAll('[data-step-title]')[focused];
      if (again) { again.focus(); again.setSelectionRange(caret, caret); }
    }
  }

  function fieldItem(f) {
    var item = root.querySelector('[data-field-template]').content.firstElementChild.cloneNode(true);
    item.dataset.key = f.key;
    item.setAttribute('data-testid', 'builder-field-' + f.key);
    item.querySelector('[data-field-label]').textContent = f.label;
    item.querySelector('[data-field-required]').classList.toggle('d-none', !f.required);
    var typeName = root.querySelector('[data-add="' + f.type + '"]');
    item.querySelector('[data-field-meta]').textContent = (typeName ? typeName.textContent.trim() : f.type) + ' · ' + f.key
      + (f.showWhen && f.showWhen.rules && f.showWhen.rules.length ? ' · ' + conditionText(f.showWhen) : '');
    var own = problemsOfField(f);
    item.querySelector('[data-field-problems]').textContent = own.map(function (p) { return p.message; }).join('; ');
    item.classList.toggle('list-group-item-danger', own.length > 0);
    item.classList.toggle('active', f.key === selected);
    item.setAttribute('aria-pressed', f.key === selected ? 'true' : 'false');
    function select() { selected = f.key; targetStep.value = String(f.step); renderSteps(); renderProperties(); }
    item.addEventListener('click', select);
    item.addEventListener('keydown', function (event) {
      if (event.key === 'Enter' || event.key === ' ') { event.preventDefault(); select(); }
    });
    return item;
  }

  function conditionText(condition) {
    var operators = root.querySelector('[data-rule-template]').content.querySelector('[data-rule-operator]');
    return condition.rules.map(function (rule) {
      var option = operators.querySelector('option[value="' + rule.operator + '"]');
      return rule.field + ' ' + (option ? option.textContent : rule.operator) + (rule.value ? ' ' + rule.value : '');
    }).join(condition.match === 'any' ? ' | ' : ' & ');
  }

  function sortable(list, group) {
    if (!window.Sortable) { return; }
    window.Sortable.create(list, {
      group: group, animation: 120, forceFallback: true, fallbackTolerance: 3, emptyInsertThreshold: 24,
      onEnd: afterDrag,
      onAdd: afterDrag
    });
  }

  // A move between steps ends in two events (added there, ended here); the page is read once, after SortableJS is done.
  var dragTimer = null;
  function afterDrag() {
    clearTimeout(dragTimer);
    dragTimer = setTimeout(fromPage, 0);
  }

  function removeStep(index) {
    fields().forEach(function (f) {
      if (f.step === index) { f.step = Math.max(0, index - 1); } else if (f.step > index) { f.step--; }
    });
    definition.steps.splice(index, 1);
    changed();
  }

  // The property editor shows what the selected field's type uses; it is filled once per selection, then edits write
  // straight into the field.
  function renderProperties() {
    var f = selected ? field(selected) : null;
    properties.classList.toggle('d-none', !f);
    root.querySelector('[data-no-selection]').classList.toggle('d-none', !!f);
    if (!f) { return; }
    var custom = typeof f.mapsTo === 'string' && f.mapsTo.indexOf('cf.') === 0;
    value('label', f.label);
    value('key', f.key);
    value('step', String(f.step));
    properties.querySelector('[data-prop="required"]').checked = !!f.required;
    value('mapsTo', custom ? 'cf.' : (f.mapsTo || ''));
    value('customField', custom ? f.mapsTo.substring(3) : '');
    value('placeholder', f.placeholder || '');
    value('pattern', f.pattern || '');
    value('help', f.help || '');
    value('options', (f.options || []).join('\n'));
    value('captures', f.captures || '');
    show('custom-field', custom);
    show('text', TEXTUAL.indexOf(f.type) >= 0);
    show('pattern', TEXTUAL.indexOf(f.type) >= 0 && f.type !== 'date');
    show('options', CHOICES.indexOf(f.type) >= 0);
    show('hidden', f.type === 'hidden');
    show('file', f.type === 'file');
    if (uploadSupported && f.type === 'file') {
      var upload = f.upload || {};
      properties.querySelectorAll('[data-upload-type]').forEach(function (box) {
        box.checked = (upload.types || ['application/pdf', 'image/jpeg', 'image/png']).indexOf(box.value) >= 0;
      });
      value('maxMb', upload.maxMb || 10);
    }
    renderCondition(f);
    renderFieldProblems(f);
  }

  function value(prop, v) {
    var input = properties.querySelector('[data-prop="' + prop + '"]');
    if (input) { input.value = v; }
  }

  function show(what, visible) {
    properties.querySelectorAll('[data-only="' + what + '"]').forEach(function (el) { el.classList.toggle('d-none', !visible); });
  }

  function renderCondition(f) {
    var match = properties.querySelector('[data-condition-match]');
    var rules = properties.querySelector('[data-rules]');
    var condition = f.showWhen && f.showWhen.rules && f.showWhen.rules.length ? f.showWhen : null;
    match.value = condition ? (condition.match || 'all') : '';
    properties.querySelector('[data-add-rule]').classList.toggle('d-none', !condition);
    rules.innerHTML = '';
    if (!condition) { return; }
    var earlier = fields().slice(0, fields().indexOf(f)).filter(function (other) { return other.step <= f.step; });
    condition.rules.forEach(function (rule, r) {
      var row = root.querySelector('[data-rule-template]').content.firstElementChild.cloneNode(true);
      row.setAttribute('data-testid', 'condition-rule-' + r);
      var source = row.querySelector('[data-rule-field]');
      earlier.forEach(function (other) { source.add(new Option(other.label + ' (' + other.key + ')', other.key)); });
      if (rule.field && earlier.every(function (other) { return other.key !== rule.field; })) { source.add(new Option(rule.field, rule.field)); }
      source.value = rule.field;
      var operator = row.querySelector('[data-rule-operator]');
      operator.value = rule.operator || 'equals';
      var input = row.querySelector('[data-rule-value]');
      input.value = rule.value || '';
      input.classList.toggle('d-none', rule.operator === 'is_filled' || rule.operator === 'is_empty');
      source.addEventListener('change', function () { rule.field = source.value; edited(); });
      operator.addEventListener('change', function () {
        rule.operator = operator.value;
        input.classList.toggle('d-none', rule.operator === 'is_filled' || rule.operator === 'is_empty');
        edited();
      });
      input.addEventListener('input', function () { rule.value = input.value; edited(); });
      row.querySelector('[data-remove-rule]').addEventListener('click', function () {
        condition.rules.splice(r, 1);
        if (!condition.rules.length) { f.showWhen = null; }
        edited();
        renderProperties();
      });
      rules.appendChild(row);
    });
  }

  function addRule(f) {
    var earlier = fields().slice(0, fields().indexOf(f)).filter(function (other) { return other.step <= f.step; });
    var rule = { field: earlier.length ? earlier[earlier.length - 1].key : '', operator: 'equals', value: '' };
    f.showWhen = f.showWhen && f.showWhen.rules ? f.showWhen : { match: 'all', rules: [] };
    f.showWhen.rules.push(rule);
  }

  function renderTheme() {
    var theme = definition.theme;
    var defaults = { primaryColor: '#0d6efd', backgroundColor: '#ffffff', textColor: '#212529', fontFamily: 'system', radius: 6, buttonText: 'Send', customCss: '' };
    root.querySelectorAll('[data-theme-prop]').forEach(function (input) {
      var name = input.dataset.themeProp;
      if (document.activeElement !== input) {
        input.value = theme[name] === null || theme[name] === undefined ? defaults[name] : theme[name];
      }
      input.classList.toggle('is-invalid', problemsAt('/theme/' + name).length > 0);
      feedback(input, problemsAt('/theme/' + name));
    });
  }

  // Problems by JSON pointer, from the save (data-errors) or the preview's 422.
  function problemsAt(prefix) {
    return problems.filter(function (p) { return p.field === prefix || p.field.indexOf(prefix + '/') === 0; });
  }

  function problemsOfField(f) {
    return problemsAt('/fields/' + fields().indexOf(f));
  }

  function renderFieldProblems(f) {
    var own = problemsOfField(f), at = '/fields/' + fields().indexOf(f);
    properties.querySelectorAll('[data-prop]').forEach(function (input) {
      var prop = input.dataset.prop === 'customField' ? 'mapsTo' : input.dataset.prop;
      var mine = own.filter(function (p) { return p.field === at + '/' + prop || p.field.indexOf(at + '/' + prop + '/') === 0; });
      input.classList.toggle('is-invalid', mine.length > 0);
      feedback(input, mine);
    });
    var rules = own.filter(function (p) { return p.field.indexOf(at + '/showWhen') === 0; });
    feedback(properties.querySelector('[data-condition-match]'), rules);
  }

  function feedback(input, list) {
    var box = input.parentElement.querySelector('.builder-feedback');
    if (!list.length) { if (box) { box.remove(); } return; }
    if (!box) {
      box = document.createElement('div');
      box.className = 'invalid-feedback d-block builder-feedback';
      input.parentElement.appendChild(box);
    }
    box.textContent = list.map(function (p) { return p.message; }).join('; ');
  }

  function showProblems(list) {
    list = list || [];
    if (JSON.stringify(list) === JSON.stringify(problems)) { return; }
    problems = list;
    previewProblems.classList.toggle('d-none', !problems.length);
    previewProblems.textContent = '';
    if (problems.length) {
      previewProblems.appendChild(document.createTextNode(message('previewPaused')));
      var ul = document.createElement('ul');
      ul.className = 'mb-0';
      problems.forEach(function (p) {
        var li = document.createElement('li');
        li.textContent = describe(p.field) + ': ' + p.message;
        ul.appendChild(li);
      });
      previewProblems.appendChild(ul);
    }
    renderSteps();
    renderTheme();
    renderSettings();
    var f = selected ? field(selected) : null;
    if (f) { renderFieldProblems(f); }
  }

  function describe(pointer) {
    var match = /^\/fields\/(\d+)(\/.*)?$/.exec(pointer || '');
    if (match && fields()[Number(match[1])]) {
      return fields()[Number(match[1])].label + (match[2] ? ' (' + match[2].substring(1) + ')' : '');
    }
    return pointer === '/' || !pointer ? message('general') : pointer.substring(1);
  }

  function schedulePreview() {
    clearTimeout(previewTimer);
    previewTimer = setTimeout(preview, 300);
  }

  function preview() {
    var run = ++previewRun;
    var headers = Object.assign({ 'Content-Type': 'application/x-www-form-urlencoded', 'Accept': 'text/html, application/problem+json' },
      window.GrowthHub && window.GrowthHub.csrfHeaders ? window.GrowthHub.csrfHeaders() : {});
    fetch(root.dataset.previewUrl, { method: 'POST', headers: headers, credentials: 'same-origin',
      body: new URLSearchParams({ definition: textarea.value }) })
      .then(function (response) {
        if (run !== previewRun) { return; }
        if (response.ok) {
          return response.text().then(function (html) {
            if (run !== previewRun) { return; }
            frame.srcdoc = html;
            root.dataset.previewed = String(run);
            showProblems([]);
          });
        }
        return response.json().then(function (problem) {
          if (run !== previewRun) { return; }
          showProblems(problem.errors && problem.errors.length ? problem.errors : [{ field: '/', message: problem.detail }]);
        });
      })
      .catch(function () { /* the next edit tries again */ });
  }

  function switchTo(next) {
    if (next === 'visual' && !read()) {
      jsonProblem.classList.remove('d-none');
      return;
    }
    jsonProblem.classList.add('d-none');
    view = next;
    root.querySelectorAll('[data-panel]').forEach(function (panel) { panel.classList.toggle('d-none', panel.dataset.panel !== view); });
    root.querySelectorAll('[data-view]').forEach(function (button) {
      button.classList.toggle('active', button.dataset.view === view);
      button.setAttribute('aria-pressed', button.dataset.view === view ? 'true' : 'false');
    });
    if (view === 'visual') { render(); schedulePreview(); }
  }

  // Property edits.
  properties.addEventListener('input', function (event) {
    var f = selected ? field(selected) : null, input = event.target;
    if (!f || !input.dataset) { return; }
    var prop = input.dataset.prop;
    if (prop === 'label') { f.label = input.value; }
    else if (prop === 'placeholder' || prop === 'pattern' || prop === 'help') { f[prop] = input.value === '' ? null : input.value; }
    else if (prop === 'options') { f.options = input.value.split('\n').map(function (o) { return o.trim(); }).filter(Boolean); }
    else if (prop === 'customField') { f.mapsTo = 'cf.' + input.value.trim(); }
    else if (prop === 'maxMb') { f.upload = Object.assign({}, f.upload || {}, { maxMb: Number(input.value) || null }); }
    else { return; }
    edited();
  });
  properties.addEventListener('change', function (event) {
    var f = selected ? field(selected) : null, input = event.target;
    if (!f) { return; }
    var prop = input.dataset.prop;
    if (prop === 'key') { rename(f, input.value.trim()); }
    else if (prop === 'step') { f.step = Number(input.value); changed(); }
    else if (prop === 'required') { f.required = input.checked; edited(); }
    else if (prop === 'mapsTo') { f.mapsTo = input.value === '' ? null : (input.value === 'cf.' ? 'cf.' + f.key : input.value); edited(); renderProperties(); }
    else if (prop === 'captures') { f.captures = input.value || null; edited(); }
    else if (input.matches('[data-upload-type]')) {
      var types = Array.prototype.filter.call(properties.querySelectorAll('[data-upload-type]'), function (b) { return b.checked; })
        .map(function (b) { return b.value; });
      f.upload = Object.assign({}, f.upload || {}, { types: types });
      edited();
    }
    else if (input.matches('[data-condition-match]')) {
      if (input.value === '') { f.showWhen = null; }
      else if (f.showWhen && f.showWhen.rules && f.showWhen.rules.length) { f.showWhen.match = input.value; }
      else { addRule(f); f.showWhen.match = input.value; }
      edited();
      renderProperties();
    }
  });
  properties.querySelector('[data-add-rule]').addEventListener('click', function () {
    var f = field(selected);
    addRule(f);
    edited();
    renderProperties();
  });
  properties.querySelectorAll('[data-move]').forEach(function (button) {
    button.addEventListener('click', function () {
      var f = field(selected), inStep = fields().filter(function (other) { return other.step === f.step; });
      var here = inStep.indexOf(f), there = here + Number(button.dataset.move);
      if (there < 0 && f.step > 0) { f.step--; }
      else if (there >= inStep.length && f.step < stepCount() - 1) { f.step++; }
      else if (there >= 0 && there < inStep.length) {
        var a = fields().indexOf(f), b = fields().indexOf(inStep[there]);
        fields()[a] = inStep[there];
        fields()[b] = f;
      }
      changed();
    });
  });
  properties.querySelector('[data-remove-field]').addEventListener('click', function () {
    var f = field(selected);
    definition.fields = fields().filter(function (other) { return other !== f; });
    fields().forEach(function (other) {
      if (other.showWhen && other.showWhen.rules) {
        other.showWhen.rules = other.showWhen.rules.filter(function (rule) { return rule.field !== f.key; });
        if (!other.showWhen.rules.length) { other.showWhen = null; }
      }
    });
    selected = null;
    changed();
  });

  // A key names the field in conditions too: renaming follows it there.
  function rename(f, key) {
    if (!key || key === f.key) { return; }
    fields().forEach(function (other) {
      (other.showWhen && other.showWhen.rules || []).forEach(function (rule) { if (rule.field === f.key) { rule.field = key; } });
    });
    f.key = key;
    selected = key;
    changed();
  }

  root.querySelectorAll('[data-theme-prop]').forEach(function (input) {
    input.addEventListener('input', function () {
      var name = input.dataset.themeProp;
      definition.theme[name] = name === 'radius' ? (input.value === '' ? null : Number(input.value))
        : (name === 'customCss' && input.value === '' ? null : input.value);
      textarea.value = JSON.stringify(definition, null, 2);
      schedulePreview();
    });
  });

  root.querySelectorAll('[data-setting-prop]').forEach(function (input) {
    input.addEventListener('input', function () {
      var name = input.dataset.settingProp;
      definition.settings = definition.settings || {};
      definition.settings[name] = name === 'allowedDomains'
        ? input.value.split('\n').map(function (d) { return d.trim().toLowerCase(); }).filter(Boolean)
        : (input.value === '' ? null : input.value);
      textarea.value = JSON.stringify(definition, null, 2);
      schedulePreview();
    });
  });
  root.querySelectorAll('[data-notify]').forEach(function (box) {
    box.addEventListener('change', function () {
      definition.settings = definition.settings || {};
      definition.settings.notifyUserIds = Array.prototype.filter.call(root.querySelectorAll('[data-notify]'), function (b) { return b.checked; })
        .map(function (b) { return b.value; });
      textarea.value = JSON.stringify(definition, null, 2);
      schedulePreview();
    });
  });

  palette.addEventListener('click', function (event) {
    var button = event.target.closest('[data-add]');
    if (button) { add(button.dataset.add, Number(targetStep.value) || 0); }
  });
  if (window.Sortable) {
    window.Sortable.create(palette, {
      group: { name: 'fields', pull: 'clone', put: false }, sort: false, forceFallback: true, fallbackTolerance: 3
    });
  }
  root.querySelector('[data-add-step]').addEventListener('click', function () {
    definition.steps.push({ title: message('newStep') });
    targetStep.dataset.pending = String(stepCount() - 1);
    changed();
    targetStep.value = targetStep.dataset.pending;
  });
  root.querySelectorAll('[data-view]').forEach(function (button) {
    button.addEventListener('click', function () { switchTo(button.dataset.view); });
  });
  root.querySelector('[data-definition-form]').addEventListener('submit', function (event) {
    if (view === 'visual') { textarea.value = JSON.stringify(definition, null, 2); }
    else if (!read()) { event.preventDefault(); jsonProblem.classList.remove('d-none'); }
  });

  root.querySelector('[data-view-switch]').classList.remove('d-none');
  var saved = root.dataset.errors ? JSON.parse(root.dataset.errors) : [];
  if (read()) {
    switchTo('visual');
    if (saved.length) { showProblems(saved); }
  } else {
    switchTo('json');
    jsonProblem.classList.remove('d-none');
  }
})();
