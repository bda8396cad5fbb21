-- Le tableau de bord à l'échelle nationale (un million d'orientations) :
-- 1. l'entonnoir compte les orientations des parcours retenus par statut sans lire les lignes
--    (index couvrant), et retrouve les abandons survenus en parcours et les motifs par des index
--    partiels sur les seules transitions qui les portent ;
create index orientation_parcours_statut_idx on orientation (parcours_id, statut) include (id);
create index orientation_transition_entree_idx on orientation_transition (orientation_id) where vers = 'EN_PARCOURS';
create index orientation_transition_motif_idx on orientation_transition (orientation_id, vers) include (motif)
    where vers in ('REFUSEE', 'ABANDON', 'EN_LISTE_ATTENTE');

-- 2. les personnes accompagnées (distinctes) sont aussi tenues par vague, pour la France et pour
--    sa région, comme elles l'étaient par typologie et par département (V6).
alter table compteur_beneficiaires drop constraint compteur_beneficiaires_dimension_check;
alter table compteur_beneficiaires add constraint compteur_beneficiaires_dimension_check
    check (dimension in ('TOUT', 'TYPOLOGIE', 'DEPARTEMENT', 'VAGUE'));
alter table bilan_groupe drop constraint bilan_groupe_dimension_check;
alter table bilan_groupe add constraint bilan_groupe_dimension_check
    check (dimension in ('TOUT', 'TYPOLOGIE', 'DEPARTEMENT', 'VAGUE'));

create or replace view groupe_de_parcours as
select p.id as parcours_id, b.tiers_lieu_id, g.portee, g.dimension, g.cle
from parcours p join binome b on b.id = p.binome_id join vague v on v.id = b.vague_id
join tiers_lieu tl on tl.id = b.tiers_lieu_id,
         lateral (values ('FR', 'TOUT', ''), ('FR', 'TYPOLOGIE', p.typologie), ('FR', 'DEPARTEMENT', tl.departement_code),
                         ('FR', 'VAGUE', v.id::varchar),
                         (v.region_code, 'TOUT', ''), (v.region_code, 'TYPOLOGIE', p.typologie),
                         (v.region_code, 'DEPARTEMENT', tl.departement_code),
                         (v.region_code, 'VAGUE', v.id::varchar)) g (portee, dimension, cle);

select compteur_beneficiaires_tout_recalculer();
select bilan_groupe_tout_recalculer();
