-- T2 : les séances (ateliers) d'un parcours telles que le facilitateur les planifie.

-- 1. Les genres de séance du guide (« T2. MENER LES PARCOURS ») remplacent les quatre genres de
--    départ : un atelier collectif devient théorique, un entretien individuel un sas d'accueil,
--    une visite une réunion d'information ; l'immersion reste.
alter table atelier drop constraint atelier_type_check;
update atelier set type = case type when 'COLLECTIF' then 'THEORIQUE' when 'INDIVIDUEL' then 'SAS_ACCUEIL'
                                    when 'VISITE' then 'REUNION_INFORMATION' else type end
where type in ('COLLECTIF', 'INDIVIDUEL', 'VISITE');
alter table atelier add constraint atelier_type_check check (type in ('REUNION_INFORMATION', 'SAS_ACCUEIL',
    'THEORIQUE', 'PRATIQUE_FABLAB', 'IMMERSION', 'RECHERCHE_EMPLOI', 'ACCES_LIBRE'));

-- 2. Places (celles du parcours quand rien n'est dit), présence d'un conseiller, annulation.
alter table atelier
    add column capacite         integer check (capacite > 0),
    add column avec_conseiller  boolean not null default false,
    add column annulee_le       timestamptz,
    add column motif_annulation varchar(300),
    add constraint atelier_annulation_motivee check ((annulee_le is null) = (motif_annulation is null));

-- 3. Une séance annulée n'a accompagné personne : ni ateliers ni heures au tableau de bord.
create or replace function bilan_parcours_recalculer(parcours bigint) returns void language sql as $$
    insert into bilan_parcours (parcours_id, ateliers, minutes)
    select parcours, count(a.id), coalesce(sum(a.duree_minutes), 0) from atelier a
    where a.parcours_id = parcours and a.annulee_le is null
    on conflict (parcours_id) do update set ateliers = excluded.ateliers, minutes = excluded.minutes;
$$;

create or replace function bilan_parcours_tout_recalculer() returns void language sql as $$
    truncate bilan_parcours;
    insert into bilan_parcours (parcours_id, ateliers, minutes)
    select p.id, count(a.id), coalesce(sum(a.duree_minutes), 0)
    from parcours p left join atelier a on a.parcours_id = p.id and a.annulee_le is null group by p.id;
$$;

drop trigger bilan_parcours_atelier on atelier;
create trigger bilan_parcours_atelier after insert or delete or update of parcours_id, heure_debut, heure_fin, annulee_le
    on atelier for each row execute function bilan_parcours_suivre();

-- 4. Le calendrier d'un parcours se lit dans l'ordre (l'index remplace celui de la clé étrangère).
drop index atelier_parcours_idx;
create index atelier_parcours_calendrier_idx on atelier (parcours_id, date_atelier, heure_debut, id);
