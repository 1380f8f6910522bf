// A call's page: keys 1-5 rate the call (the star buttons' form), j or n open the next call, k the previous one.
(function () {
  'use strict';

  function typing(target) {
    var tag = target && target.tagName;
    return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || (target && target.isContentEditable);
  }

  function follow(selector) {
    var link = document.querySelector(selector);
    if (link) {
      window.location.assign(link.getAttribute('href'));
    }
  }

  document.addEventListener('keydown', function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) {
      return;
    }
    if (event.key >= '1' && event.key <= '5') {
      var button = document.querySelector('[data-rate-key="' + event.key + '"]');
      if (button) {
        event.preventDefault();
        button.click();
      }
    }
    else if (event.key === 'j' || event.key === 'n') {
      follow('[data-call-next]');
    }
    else if (event.key === 'k') {
      follow('[data-call-previous]');
    }
  });
})();
