// The cockpit's charts (Chart.js), drawn from the data tables beside them: the table stays the
// accessible version and the source of the figures (cells carry data-valeur), the canvas is
// hidden from assistive technologies. No inline script: the content security policy stays strict.
(function () {
  'use strict';
  if (typeof Chart === 'undefined') {
    return;
  }
  var couleurs = ['#000091', '#6a6af4', '#009081', '#c9191e', '#b34000', '#716043'];
  document.querySelectorAll('canvas[data-graphique]').forEach(function (toile) {
    var table = document.querySelector('table[data-graphique-source="' + toile.dataset.graphique + '"]');
    if (!table) {
      return;
    }
    var entetes = Array.prototype.map.call(table.querySelectorAll('thead th'), function (th) {
      return th.textContent.trim();
    });
    var lignes = table.querySelectorAll('tbody tr');
    var libelles = Array.prototype.map.call(lignes, function (tr) {
      return tr.querySelector('th').textContent.trim();
    });
    var colonnes = [];
    lignes.forEach(function (tr) {
      tr.querySelectorAll('td').forEach(function (td, i) {
        if (td.hasAttribute('data-valeur')) {
          colonnes[i] = colonnes[i] || [];
          colonnes[i].push(Number(td.getAttribute('data-valeur')));
        }
      });
    });
    var series = [];
    colonnes.forEach(function (valeurs, i) {
      if (valeurs) {
        series.push({ label: entetes[i + 1], data: valeurs, backgroundColor: couleurs[series.length % couleurs.length] });
      }
    });
    new Chart(toile, {
      type: 'bar',
      data: { labels: libelles, datasets: series },
      options: {
        indexAxis: toile.dataset.graphique === 'entonnoir' ? 'y' : 'x',
        maintainAspectRatio: false,
        animation: false,
        plugins: { legend: { display: series.length > 1 } }
      }
    });
  });
})();
