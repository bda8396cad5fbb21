-- Qui a suivi au moins un atelier de quel parcours (présent ou en retard) : une ligne par personne
-- et par parcours, tenue à jour à chaque émargement (PresenceService). Le tableau de bord compte
-- les bénéficiaires accompagnés sur ce million de lignes au lieu des dix millions de présences,
-- avec le même résultat exact (IndicateursPerimetreTest le vérifie).
create table participation (
    parcours_id     bigint not null references parcours (id),
    beneficiaire_id bigint not null references beneficiaire (id),
    primary key (parcours_id, beneficiaire_id)
);
create index participation_beneficiaire_idx on participation (beneficiaire_id);

-- Reprise de l'existant ; les statuts qui valent présence sont ceux de PresenceStatut.PRESENTS.
insert into participation (parcours_id, beneficiaire_id)
select distinct a.parcours_id, pr.beneficiaire_id
from presence pr join atelier a on a.id = pr.atelier_id
where pr.statut in ('PRESENT', 'EN_RETARD');
