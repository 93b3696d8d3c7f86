// Country picture: a bar chart of obligations and disbursements by fiscal year, drawn from the table that
// shows the same figures (data-* attributes on its rows). The table stays the accessible source of truth.
document.addEventListener('DOMContentLoaded', () => {
  const canvas = document.querySelector('canvas[data-chart-table]');
  if (!canvas || typeof window.Chart === 'undefined') {
    return;
  }
  const table = document.getElementById(canvas.dataset.chartTable);
  if (!table) {
    return;
  }
  const rows = Array.from(table.querySelectorAll('tbody tr[data-fy]'));
  const labels = rows.map((row) => row.dataset.fy);
  const obligations = rows.map((row) => Number(row.dataset.obligations));
  const disbursements = rows.map((row) => Number(row.dataset.disbursements));
  const datasets = [{ label: canvas.dataset.labelObligations, data: obligations, backgroundColor: '#0d6efd' }];
  if (disbursements.some((value) => value !== 0)) {
    datasets.push({ label: canvas.dataset.labelDisbursements, data: disbursements, backgroundColor: '#20c997' });
  }
  const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
  new window.Chart(canvas, {
    type: 'bar',
    data: { labels, datasets },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      scales: { y: { ticks: { callback: (value) => usd.format(value) } } },
      plugins: { tooltip: { callbacks: { label: (ctx) => `${ctx.dataset.label}: ${usd.format(ctx.parsed.y)}` } } },
    },
  });
});
