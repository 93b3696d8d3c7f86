// Workforce shortfalls across the portfolio: a bar chart per lead agency of FTE assigned and FTE short, read from
// the table of the same figures on the page (which is what is shown without JavaScript).
document.addEventListener('DOMContentLoaded', () => {
  const canvas = document.getElementById('workforce-chart');
  const table = document.querySelector('table[data-testid="portfolio-agencies"]');
  if (!canvas || !table || typeof window.Chart === 'undefined') {
    return;
  }
  const labels = [];
  const assigned = [];
  const shortfall = [];
  table.querySelectorAll('tbody tr').forEach((row) => {
    const cells = row.querySelectorAll('td');
    labels.push(cells[0].textContent.trim());
    assigned.push(Number(cells[2].textContent.trim()));
    shortfall.push(Number(cells[3].textContent.trim()));
  });
  // eslint-disable-next-line no-new
  new window.Chart(canvas, {
    type: 'bar',
    data: {
      labels,
      datasets: [
        { label: canvas.dataset.assigned, data: assigned, backgroundColor: '#198754' },
        { label: canvas.dataset.shortfall, data: shortfall, backgroundColor: '#dc3545' },
      ],
    },
    options: {
      indexAxis: 'y',
      responsive: true,
      maintainAspectRatio: false,
      scales: { x: { stacked: true, beginAtZero: true, title: { display: true, text: 'FTE' } }, y: { stacked: true } },
    },
  });
});
