-- Les notes d'un critère se lisent par critère : les deux index uniques partiels (par moment, par
-- séance) ne servent pas à la jointure, qui parcourait toute la table (180 ms sur les données
-- nationales pour la page d'une personne).
create index note_critere_critere_idx on note_critere (critere_id);
