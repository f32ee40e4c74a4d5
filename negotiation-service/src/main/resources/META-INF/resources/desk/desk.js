// The desk's few behaviours in the browser; everything else is server-rendered HTML and htmx attributes.
(function () {
  'use strict';

  // Charts: a <canvas data-chart="{Chart.js configuration}"> in the page or in content htmx swaps in.
  function drawCharts(root) {
    root.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
      if (window.Chart.getChart(canvas)) {
        return;
      }
      var config = JSON.parse(canvas.dataset.chart);
      config.options = Object.assign({ responsive: true, maintainAspectRatio: false, animation: false }, config.options);
      new window.Chart(canvas, config);
    });
  }

  // After an error or a conflict, and when a row was added, the keyboard goes where the reader must look next.
  function focusMarked(root) {
    var marked = root.querySelector('[data-focus]');
    if (marked) {
      marked.focus();
    }
  }

  // The product picker's hint: the name and today's trade of the HS code typed, from the list of products.
  document.addEventListener('input', function (event) {
    var input = event.target;
    if (!input.matches || !input.matches('input[list="products"]')) {
      return;
    }
    var hint = document.getElementById(input.id + '-hint');
    var option = document.querySelector('#products option[value="' + CSS.escape(input.value.trim()) + '"]');
    if (hint) {
      hint.textContent = option ? option.label : '';
    }
  });

  // Deferred scripts run in order once the page is parsed: htmx and Chart.js are there, htmx has not yet
  // announced the page (htmx:load), so the charts of the first page are drawn too.
  htmx.onLoad(drawCharts);
  document.addEventListener('DOMContentLoaded', function () {
    focusMarked(document);
  });
  // Rows added or removed change the draft: the preview follows.
  document.body.addEventListener('htmx:afterSettle', function (event) {
    if (event.target.id === 'draft-fields') {
      focusMarked(event.target);
      htmx.trigger(document.getElementById('draft-form'), 'change');
    }
  });
})();
