// Contact pickers (fragments/contact-picker.html): a WAI-ARIA combobox whose listbox fills, as the person types, from
// /contacts/picker, which searches every contact they may see. The choice goes in a hidden input; a form sent without
// one is stopped and the field says why. Listeners sit on the document, so pickers htmx swaps in work too.
(function () {
  'use strict';

  var TYPING_PAUSE = 200;
  var state = new WeakMap();

  function pickerOf(element) {
    return element && element.closest ? element.closest('[data-contact-picker]') : null;
  }

  function parts(picker) {
    if (!state.has(picker)) {
      state.set(picker, { request: 0, timer: null });
    }
    return {
      input: picker.querySelector('[data-picker-input]'),
      list: picker.querySelector('[data-picker-options]'),
      value: picker.querySelector('[data-picker-value]'),
      error: picker.querySelector('[data-picker-error]'),
      status: picker.querySelector('[data-picker-status]'),
      state: state.get(picker)
    };
  }

  function options(p) {
    return Array.prototype.slice.call(p.list.querySelectorAll('[role=option]'));
  }

  function isOpen(p) {
    return p.input.getAttribute('aria-expanded') === 'true';
  }

  function open(p) {
    p.list.classList.add('show');
    p.input.setAttribute('aria-expanded', 'true');
  }

  function close(p) {
    p.state.request++;
    clearTimeout(p.state.timer);
    p.list.classList.remove('show');
    p.input.setAttribute('aria-expanded', 'false');
    highlight(p, -1);
  }

  function highlighted(p) {
    return options(p).findIndex(function (option) { return option.getAttribute('aria-selected') === 'true'; });
  }

  function highlight(p, index) {
    var all = options(p);
    all.forEach(function (option, i) {
      option.classList.toggle('active', i === index);
      option.setAttribute('aria-selected', i === index ? 'true' : 'false');
    });
    if (index >= 0 && all[index]) {
      p.input.setAttribute('aria-activedescendant', all[index].id);
      all[index].scrollIntoView({ block: 'nearest' });
    }
    else {
      p.input.removeAttribute('aria-activedescendant');
    }
  }

  function clearError(p) {
    p.input.classList.remove('is-invalid');
    p.input.removeAttribute('aria-invalid');
    p.error.classList.remove('d-block');
    p.error.textContent = '';
  }

  function showError(picker, p) {
    p.input.classList.add('is-invalid');
    p.input.setAttribute('aria-invalid', 'true');
    p.error.textContent = picker.getAttribute('data-required');
    p.error.classList.add('d-block');
  }

  // Only the latest answer is shown: a slow answer to an earlier keystroke never replaces a newer one.
  function search(picker, then) {
    var p = parts(picker);
    var request = ++p.state.request;
    var url = picker.getAttribute('data-source') + '?q=' + encodeURIComponent(p.input.value.trim());
    fetch(url, { credentials: 'same-origin', headers: { 'HX-Request': 'true' } }).then(function (response) {
      // A session that ended answers with the sign-in page: go there rather than list it.
      if (response.redirected && new URL(response.url).pathname === '/login') {
        window.location.assign(response.url);
        return null;
      }
      return response.ok ? response.text() : null;
    }).then(function (html) {
      if (html === null || request !== p.state.request || document.activeElement !== p.input) {
        return;
      }
      p.list.innerHTML = html;
      var found = options(p);
      found.forEach(function (option, i) { option.id = p.list.id + '-' + i; });
      p.status.textContent = found.length === 0 ? picker.getAttribute('data-empty')
        : picker.getAttribute('data-found').replace('{0}', found.length);
      open(p);
      highlight(p, -1);
      if (then) {
        then(p);
      }
    });
  }

  function choose(picker, option) {
    var p = parts(picker);
    p.value.value = option.getAttribute('data-id');
    p.input.value = option.getAttribute('data-name');
    close(p);
    clearError(p);
    p.value.dispatchEvent(new Event('change', { bubbles: true }));
  }

  document.addEventListener('input', function (event) {
    var picker = pickerOf(event.target);
    if (!picker || !event.target.matches('[data-picker-input]')) {
      return;
    }
    var p = parts(picker);
    // The text no longer names the contact chosen before, so nothing is chosen until the next pick.
    p.value.value = '';
    clearError(p);
    clearTimeout(p.state.timer);
    p.state.timer = setTimeout(function () { search(picker); }, TYPING_PAUSE);
  });

  document.addEventListener('keydown', function (event) {
    var picker = pickerOf(event.target);
    if (!picker || !event.target.matches('[data-picker-input]')) {
      return;
    }
    var p = parts(picker);
    var count = options(p).length;
    var index = highlighted(p);
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!isOpen(p)) {
          search(picker, function (opened) { highlight(opened, options(opened).length ? 0 : -1); });
        }
        else if (count) {
          highlight(p, (index + 1) % count);
        }
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (isOpen(p) && count) {
          highlight(p, index <= 0 ? count - 1 : index - 1);
        }
        break;
      case 'Enter':
        // An open list takes Enter for itself, so a half-typed name never sends the form.
        if (isOpen(p)) {
          event.preventDefault();
          if (index >= 0) {
            choose(picker, options(p)[index]);
          }
          else if (count === 1) {
            choose(picker, options(p)[0]);
          }
        }
        break;
      case 'Escape':
        if (isOpen(p)) {
          event.preventDefault();
          close(p);
        }
        else if (p.input.value) {
          event.preventDefault();
          p.input.value = '';
          p.value.value = '';
        }
        break;
      case 'Tab':
        close(p);
        break;
      default:
        break;
    }
  });

  // Clicking an option must not take the focus from the input first (that would close the list).
  document.addEventListener('mousedown', function (event) {
    if (event.target.closest && event.target.closest('[data-contact-picker] [role=option]')) {
      event.preventDefault();
    }
  });

  document.addEventListener('click', function (event) {
    var option = event.target.closest && event.target.closest('[data-contact-picker] [role=option]');
    if (option) {
      choose(pickerOf(option), option);
      return;
    }
    var picker = pickerOf(event.target);
    if (picker && event.target.matches('[data-picker-input]') && !isOpen(parts(picker)) && !parts(picker).value.value) {
      search(picker);
    }
  });

  document.addEventListener('focusout', function (event) {
    var picker = pickerOf(event.target);
    if (picker && !picker.contains(event.relatedTarget)) {
      close(parts(picker));
    }
  });

  document.addEventListener('submit', function (event) {
    var missing = Array.prototype.filter.call(event.target.querySelectorAll('[data-contact-picker]'), function (picker) {
      return !parts(picker).value.value;
    });
    if (missing.length) {
      event.preventDefault();
      missing.forEach(function (picker) { showError(picker, parts(picker)); });
      parts(missing[0]).input.focus();
    }
  });
})();
