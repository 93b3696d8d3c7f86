// Portfolio page: a bubble chart of programs by priority (x, 1 highest) and performance (y), bubble size the allocated
// funding, colour the highest risk among them, drawn from the table that shows the same figures (data-* attributes).
document.addEventListener('DOMContentLoaded', () => {
  const canvas = document.querySelector('canvas[data-chart-table="priority-performance-table"]');
  if (!canvas || typeof window.Chart === 'undefined') {
    return;
  }
  const table = document.getElementById(canvas.dataset.chartTable);
  const rows = Array.from(table.querySelectorAll('tbody tr[data-performance]'));
  const order = ['OFF_TRACK', 'MIXED', 'UNKNOWN', 'ON_TRACK'];
  const colours = { LOW: '#198754', MEDIUM: '#fd7e14', HIGH: '#b02a37' };
  const largest = Math.max(1, ...rows.map((r) => Number(r.dataset.allocated)));
  const data = rows.map((r) => ({
    x: Number(r.dataset.priority),
    y: order.indexOf(r.dataset.performance),
    r: 4 + 20 * Math.sqrt(Number(r.dataset.allocated) / largest),
    programs: Number(r.dataset.programs),
  }));
  new window.Chart(canvas, {
    type: 'bubble',
    data: {
      datasets: [{
        label: 'Programs',
        data,
        backgroundColor: rows.map((r) => colours[r.dataset.risk] || '#adb5bd'),
      }],
    },
    options: {
      animation: false,
      plugins: { legend: { display: false } },
      scales: {
        x: { min: 0, max: 7, ticks: { stepSize: 1, callback: (v) => (v >= 1 && v <= 5 ? 'P' + v : v === 6 ? 'not set' : '') } },
        y: { min: -1, max: 4, ticks: { stepSize: 1, callback: (v) => (order[v] || '').replace('_', ' ').toLowerCase() } },
      },
    },
  });
});
