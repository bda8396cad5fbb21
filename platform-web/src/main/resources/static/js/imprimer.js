// A button that prints the page (inline handlers are refused by the page's CSP).
(function () {
  'use strict';
  document.querySelectorAll('[data-imprimer]').forEach(function (bouton) {
    bouton.hidden = false;
    bouton.addEventListener('click', function () {
      window.print();
    });
  });
})();
