// Draws every canvas[data-chart] with Chart.js from the JSON it carries (a DashboardChart record).
(function () {
  'use strict';

  var palette = ['#4f46e5', '#10b981', '#f59e0b', '#ef4444', '#0ea5e9', '#8b5cf6', '#64748b'];

  function formatter(currency) {
    if (!currency) {
      return function (value) { return new Intl.NumberFormat().format(value); };
    }
    var money = new Intl.NumberFormat(undefined, { style: 'currency', currency: currency, maximumFractionDigits: 0 });
    return function (cents) { return money.format(cents / 100); };
  }

  function draw(canvas) {
    if (canvas.dataset.drawn || !window.Chart) {
      return;
    }
    canvas.dataset.drawn = 'true';
    var spec = JSON.parse(canvas.getAttribute('data-chart'));
    var format = formatter(spec.currency);
    new window.Chart(canvas, {
      type: spec.type,
      data: {
        labels: spec.labels,
        datasets: spec.series.map(function (series, index) {
          var color = palette[index % palette.length];
          return {
            label: series.label, data: series.values, backgroundColor: spec.type === 'line' ? color + '33' : color,
            borderColor: color, borderWidth: 2, fill: spec.type === 'line', tension: 0.3, pointRadius: 2, borderRadius: 4
          };
        })
      },
      options: {
        responsive: true, maintainAspectRatio: false, animation: false,
        plugins: {
          legend: { display: spec.series.length > 1, position: 'bottom' },
          tooltip: { callbacks: { label: function (item) { return item.dataset.label + ': ' + format(item.parsed.y); } } }
        },
        scales: { y: { beginAtZero: true, ticks: { precision: 0, callback: function (value) { return format(value); } } } }
      }
    });
  }

  function drawAll() {
    document.querySelectorAll('canvas[data-chart]').forEach(draw);
  }
  document.addEventListener('DOMContentLoaded', drawAll);
  document.addEventListener('htmx:afterSettle', drawAll);
})();
