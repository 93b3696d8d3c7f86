// Draws the per-indicator charts of the results pages from data-chart attributes (no inline script:
// the Content-Security-Policy forbids it). Without JavaScript the tables carry the same numbers.
(function () {
  function draw(canvas) {
    if (typeof window.Chart === 'undefined' || canvas.dataset.drawn) {
      return;
    }
    var data;
    try {
      data = JSON.parse(canvas.dataset.chart);
    } catch (e) {
      return;
    }
    canvas.dataset.drawn = 'true';
    var levels = data.levels || [];
    var scales = { x: { ticks: { maxRotation: 0, autoSkip: true, font: { size: 9 } } } };
    if (levels.length) {
      scales.y = { min: 0, max: levels.length - 1, ticks: { stepSize: 1, font: { size: 9 },
        callback: function (value) { return levels[value] !== undefined ? levels[value] : value; } } };
    } else {
      scales.y = { ticks: { font: { size: 9 } } };
    }
    var datasets = [
      { label: canvas.dataset.targetLabel || 'Target', data: data.targets, borderDash: [4, 3],
        borderColor: '#6c757d', backgroundColor: '#6c757d', pointRadius: 2, spanGaps: true },
      { label: canvas.dataset.actualLabel || 'Actual', data: data.actuals, borderColor: '#0d6efd',
        backgroundColor: '#0d6efd', pointRadius: 3, spanGaps: true }
    ];
    // the baseline: a flat line across all periods, so progress reads against where the program started
    if (data.baseline !== null && data.baseline !== undefined) {
      datasets.push({ label: canvas.dataset.baselineLabel || 'Baseline',
        data: data.labels.map(function () { return data.baseline; }), borderColor: '#198754',
        backgroundColor: '#198754', borderWidth: 1, borderDash: [1, 2], pointRadius: 0 });
    }
    // eslint-disable-next-line no-new
    new window.Chart(canvas, {
      type: 'line',
      data: { labels: data.labels, datasets: datasets },
      options: { responsive: true, maintainAspectRatio: false, animation: false,
        plugins: { legend: { display: false } }, scales: scales }
    });
  }

  function drawAll(root) {
    (root || document).querySelectorAll('canvas.results-chart[data-chart]').forEach(draw);
  }

  document.addEventListener('DOMContentLoaded', function () { drawAll(document); });
  document.addEventListener('htmx:afterSettle', function (event) { drawAll(event.target); });
})();
