// Waiver pressure chart: waivers granted per fiscal year per restriction. Data comes from the canvas's
// data-chart attribute (JSON); the table next to it shows the same figures without JavaScript.
document.addEventListener('DOMContentLoaded', () => {
  const canvas = document.getElementById('waiver-chart');
  if (!canvas || typeof window.Chart === 'undefined') {
    return;
  }
  const data = JSON.parse(canvas.dataset.chart);
  const palette = ['#0d6efd', '#dc3545', '#198754', '#fd7e14', '#6f42c1', '#20c997', '#6c757d', '#ffc107'];
  data.datasets.forEach((dataset, i) => {
    dataset.backgroundColor = palette[i % palette.length];
  });
  // eslint-disable-next-line no-new
  new window.Chart(canvas, {
    type: 'bar',
    data,
    options: {
      responsive: true,
      maintainAspectRatio: false,
      scales: { y: { beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: 'Waivers granted' } } },
    },
  });
});
