// Competition page: a stacked bar chart of SIPRI arms deliveries (TIV) to the country by supplier and delivery year,
// drawn from the table that shows the same figures (data-* attributes). The table stays the accessible source of truth.
document.addEventListener('DOMContentLoaded', () => {
  const canvas = document.querySelector('canvas[data-chart-table]');
  if (!canvas || typeof window.Chart === 'undefined') {
    return;
  }
  const table = document.getElementById(canvas.dataset.chartTable);
  if (!table) {
    return;
  }
  const headers = Array.from(table.querySelectorAll('thead th[data-series]'));
  const rows = Array.from(table.querySelectorAll('tbody tr[data-year]'));
  const labels = rows.map((row) => row.dataset.year);
  // the United States in blue, competitors in reds, other suppliers in greens and greys, the rest in light grey
  const palettes = {
    UNITED_STATES: ['#0d6efd'],
    COMPETITOR: ['#b02a37', '#dc3545', '#e35d6a', '#ea868f'],
    OTHER: ['#198754', '#20c997', '#6f42c1', '#fd7e14', '#795548'],
    REST: ['#adb5bd'],
  };
  const used = {};
  const datasets = headers.map((header, column) => {
    const role = header.dataset.role;
    const palette = palettes[role] || palettes.REST;
    const index = used[role] || 0;
    used[role] = index + 1;
    return {
      label: header.dataset.series,
      data: rows.map((row) => Number(row.querySelectorAll('td[data-tiv]')[column].dataset.tiv)),
      backgroundColor: palette[index % palette.length],
    };
  });
  const tiv = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
  new window.Chart(canvas, {
    type: 'bar',
    data: { labels, datasets },
    options: {
      responsive: true,
      // drawn at once: no motion (prefers-reduced-motion or not), and a screenshot shows the final bars
      animation: false,
      maintainAspectRatio: false,
      scales: { x: { stacked: true }, y: { stacked: true, ticks: { callback: (value) => tiv.format(value) } } },
      plugins: { tooltip: { callbacks: { label: (ctx) => `${ctx.dataset.label}: ${tiv.format(ctx.parsed.y)} TIV` } } },
    },
  });
});
