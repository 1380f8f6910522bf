// Collections: the create form shows the field its kind needs; a collection's cards reorder by drag and drop.
(function () {
  'use strict';

  var kind = document.querySelector('[data-collection-kind]');
  if (kind) {
    var show = function () {
      document.querySelectorAll('[data-kind-field]').forEach(function (field) {
        field.hidden = field.getAttribute('data-kind-field') !== kind.value;
      });
    };
    kind.addEventListener('change', show);
    show();
  }

  // After a drop the Earlier/Later buttons (the keyboard way to make the same move) get their new positions.
  var renumber = function (list) {
    var items = list.querySelectorAll('[data-item]');
    items.forEach(function (item, index) {
      item.querySelector('[data-earlier-position]').value = String(index - 1);
      item.querySelector('[data-later-position]').value = String(index + 1);
      item.querySelector('[data-move=earlier]').disabled = index === 0;
      item.querySelector('[data-move=later]').disabled = index === items.length - 1;
    });
  };

  var list = document.querySelector('[data-sortable-collection]');
  if (list && window.Sortable) {
    Sortable.create(list, {
      animation: 150,
      draggable: '[data-item]',
      filter: 'button, a, input',
      preventOnFilter: false,
      onEnd: function (event) {
        if (event.oldIndex === event.newIndex) {
          return;
        }
        var body = new URLSearchParams();
        body.set('mediaId', event.item.getAttribute('data-media-id'));
        body.set('position', String(event.newIndex));
        var headers = window.GrowthHub.csrfHeaders();
        headers['Content-Type'] = 'application/x-www-form-urlencoded';
        fetch(list.getAttribute('data-order-url'), { method: 'POST', headers: headers, body: body, credentials: 'same-origin' })
          .then(function (response) {
            if (!response.ok) {
              window.location.reload();
              return;
            }
            list.setAttribute('data-saved', String(Date.now()));
            renumber(list);
          })
          .catch(function () { window.location.reload(); });
      }
    });
  }
})();
