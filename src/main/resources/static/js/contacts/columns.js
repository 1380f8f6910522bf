// Contacts list: the optional columns a person unticks in the Columns menu stay hidden, remembered in this
// browser for that person. The choice lives on the page's section (data-hidden-columns) and app.css hides the
// cells, so rows that htmx adds or replaces follow it without being touched.
(function () {
  function root() {
    return document.querySelector('[data-contact-columns]');
  }

  function storageKey(section) {
    return 'growthhub.contacts.columns.' + section.getAttribute('data-user');
  }

  function remembered(section) {
    try {
      var hidden = JSON.parse(localStorage.getItem(storageKey(section)));
      if (Array.isArray(hidden)) {
        return hidden;
      }
    } catch (ignored) {
      // Nothing stored yet, or something unreadable: the defaults.
    }
    return section.getAttribute('data-default-hidden').split(' ');
  }

  function show(section, hidden) {
    section.setAttribute('data-hidden-columns', hidden.join(' '));
    section.querySelectorAll('[data-column-toggle]').forEach(function (box) {
      box.checked = hidden.indexOf(box.value) < 0;
    });
  }

  function refresh() {
    var section = root();
    if (section) {
      show(section, remembered(section));
    }
  }

  // htmx runs this file again when it restores the page from history: listen once, show every time.
  if (!window.growthHubContactColumns) {
    window.growthHubContactColumns = true;
    document.addEventListener('change', function (event) {
      var section = root();
      if (!section || !event.target.matches('[data-column-toggle]')) {
        return;
      }
      var hidden = [];
      section.querySelectorAll('[data-column-toggle]').forEach(function (box) {
        if (!box.checked) {
          hidden.push(box.value);
        }
      });
      try {
        localStorage.setItem(storageKey(section), JSON.stringify(hidden));
      } catch (ignored) {
        // Storage refused (private mode, full): the choice holds for this page only.
      }
      show(section, hidden);
    });
  }
  refresh();
})();
