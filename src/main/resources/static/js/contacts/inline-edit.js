// A contact's fields edited in place (templates/contacts/inline-field.html): htmx swaps the small form in and out;
// Escape gives up the edit as the Cancel button does, which asks the server for the field as it is stored.
(function () {
  'use strict';

  document.addEventListener('keydown', function (event) {
    if (event.key !== 'Escape' || !event.target.closest) {
      return;
    }
    var form = event.target.closest('[data-inline-edit]');
    var cancel = form && form.querySelector('[data-inline-cancel]');
    if (cancel) {
      event.preventDefault();
      cancel.click();
    }
  });
})();
