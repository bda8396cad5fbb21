// A sign-in sheet filled where the network comes and goes (a fablab's back room): the sheet is
// sent in the background; when the network is down it is kept on this device, the page says so,
// and it is sent again as soon as the network is back. Sending it twice records nothing twice.
(function () {
  'use strict';
  var feuille = document.getElementById('feuille');
  if (!feuille) {
    return;
  }
  var cle = 'emargement:' + feuille.getAttribute('action');
  var horsLigne = document.getElementById('hors-ligne');
  var restauree = document.getElementById('feuille-restauree');

  if (document.getElementById('feuille-enregistree')) {
    localStorage.removeItem(cle);
  }
  var enAttente = localStorage.getItem(cle);
  if (enAttente) {
    var valeurs = JSON.parse(enAttente);
    Object.keys(valeurs).forEach(function (nom) {
      var choix = feuille.querySelector('input[name="' + CSS.escape(nom) + '"][value="' + CSS.escape(valeurs[nom]) + '"]');
      if (choix) {
        choix.checked = true;
      }
    });
    restauree.hidden = false;
  }

  function garder() {
    var valeurs = {};
    new FormData(feuille).forEach(function (valeur, nom) {
      if (nom.indexOf('statut-') === 0) {
        valeurs[nom] = valeur;
      }
    });
    localStorage.setItem(cle, JSON.stringify(valeurs));
    horsLigne.hidden = false;
  }

  function envoyer() {
    return fetch(feuille.getAttribute('action'), { method: 'POST', body: new FormData(feuille), credentials: 'same-origin' })
      .then(function (reponse) {
        if (reponse.redirected && reponse.url.indexOf(feuille.getAttribute('action')) !== -1) {
          localStorage.removeItem(cle);
          window.location.assign(reponse.url);
        } else if (reponse.redirected) {
          // the session ended: the sheet stays on this device until the person is back
          garder();
          window.location.assign(reponse.url);
        } else {
          // refused (an error beside the sheet): the server's page says what
          feuille.submit();
        }
      }, garder);
  }

  feuille.addEventListener('submit', function (evenement) {
    evenement.preventDefault();
    if (navigator.onLine === false) {
      garder();
    } else {
      envoyer();
    }
  });
  window.addEventListener('online', function () {
    if (localStorage.getItem(cle)) {
      envoyer();
    }
  });
})();
