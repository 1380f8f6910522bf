// The invoice editor (templates/billing/invoice-editor.html): adds and removes line rows, renumbering their field
// names (lines[0].description …) so the form binds in order, and fills a line from a picked product. The totals are
// recomputed by the server (htmx posts the form to /billing/invoices/totals), so no money is computed here.
(function () {
  'use strict';

  function renumber(body) {
    Array.prototype.forEach.call(body.querySelectorAll('[data-line]'), function (row, index) {
      Array.prototype.forEach.call(row.querySelectorAll('[name^="lines["]'), function (field) {
        field.name = field.name.replace(/^lines\[\d+\]/, 'lines[' + index + ']');
        if (field.id) {
          field.id = field.id.replace(/^lines\d+/, 'lines' + index);
        }
      });
    });
  }

  function changed(form) {
    form.dispatchEvent(new Event('input', { bubbles: true }));
  }

  document.addEventListener('click', function (event) {
    var add = event.target.closest('[data-add-line]');
    var remove = event.target.closest('[data-remove-line]');
    var form = event.target.closest('[data-invoice-editor]');
    if (!form || (!add && !remove)) {
      return;
    }
    var body = form.querySelector('[data-lines]');
    if (add) {
      var rows = body.querySelectorAll('[data-line]');
      var copy = rows[rows.length - 1].cloneNode(true);
      Array.prototype.forEach.call(copy.querySelectorAll('input'), function (input) {
        input.value = input.name && /quantity$/.test(input.name) ? '1' : (input.name && /taxRate$/.test(input.name) ? '0' : '');
        input.classList.remove('is-invalid');
      });
      Array.prototype.forEach.call(copy.querySelectorAll('select[data-product-choice]'), function (select) {
        select.value = '';
      });
      body.appendChild(copy);
      renumber(body);
      var first = copy.querySelector('[data-testid="line-description"]');
      if (first) {
        first.focus();
      }
    }
    else if (body.querySelectorAll('[data-line]').length > 1) {
      remove.closest('[data-line]').remove();
      renumber(body);
      changed(form);
    }
  });

  document.addEventListener('change', function (event) {
    var select = event.target.closest('[data-product-choice]');
    if (!select || !select.value) {
      return;
    }
    var option = select.options[select.selectedIndex];
    var row = select.closest('[data-line]');
    row.querySelector('[data-testid="line-description"]').value = option.getAttribute('data-name');
    row.querySelector('[data-line-price]').value = option.getAttribute('data-price');
    row.querySelector('[data-line-tax]').value = option.getAttribute('data-tax');
    row.querySelector('[data-product-id]').value = select.value;
    // The totals follow input events; a picked product changes the fields without any.
    row.querySelector('[data-line-price]').dispatchEvent(new Event('input', { bubbles: true }));
  });
})();
