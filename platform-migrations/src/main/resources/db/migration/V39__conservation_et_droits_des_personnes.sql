-- Conservation et droits des personnes (issue 11, ADR 0016).
--
-- 1. Le dernier contact de chaque personne avec le programme : son orientation, un passage de
--    son parcours, sa présence (ou son absence excusée) à une séance, son carnet, son retour de
--    séance, sa situation de sortie, une ressource remise, ou un contact noté par son conseiller.
--    La base le tient à jour elle-même : aucun chemin d'écriture ne peut l'oublier.
--    Deux ans sans contact : la fiche est rendue anonyme ; 30 jours avant, son conseiller est
--    prévenu (conservation_avis_le, une fois par période sans contact).
alter table beneficiaire
    add column dernier_contact_le     date,
    add column conservation_avis_le   date,
    add column anonymisee_le          timestamptz,
    -- effacement demandé par la personne, ou retrait de son accord
    add column effacement_motif       varchar(30) check (effacement_motif in ('CONSERVATION', 'EFFACEMENT',
                                                                              'RETRAIT_CONSENTEMENT')),
    add check ((anonymisee_le is null) = (effacement_motif is null));

-- recalcule le dernier contact de chaque fiche depuis ce qu'elle a vécu (ici, et après un chargement
-- de masse fait sans déclencheurs)
create function beneficiaire_contact_tout_recalculer() returns void language sql as $$
with contacts (beneficiaire_id, le) as (
    select beneficiaire_id, max(enregistree_le) from presence where statut <> 'ABSENT' group by 1
    union all
    select beneficiaire_id, max(orientee_le) from orientation group by 1
    union all
    select o.beneficiaire_id, max(t.survenue_le) from orientation_transition t
    join orientation o on o.id = t.orientation_id
    where t.vers in ('ACCEPTEE', 'EN_PARCOURS', 'TERMINEE') group by 1
    union all
    select beneficiaire_id, max(ecrit_le) from carnet_entree group by 1
    union all
    select beneficiaire_id, max(ecrit_le) from retour_seance group by 1
    union all
    select o.beneficiaire_id, max(s.saisie_le) from situation_sortie s join orientation o on o.id = s.orientation_id
    group by 1
    union all
    select beneficiaire_id, max(remise_le)::timestamp at time zone 'Europe/Paris' from ressource_remise group by 1
), dernier (beneficiaire_id, le) as (
    select beneficiaire_id, max(le) from contacts group by 1
)
update beneficiaire b set dernier_contact_le = greatest(b.dernier_contact_le, (b.cree_le at time zone 'Europe/Paris')::date,
                                                        (select (d.le at time zone 'Europe/Paris')::date
                                                         from dernier d where d.beneficiaire_id = b.id))
where b.anonymisee_le is null;
$$;

select beneficiaire_contact_tout_recalculer();
alter table beneficiaire alter column dernier_contact_le set not null;

-- la tâche de nuit lit les fiches à prévenir et à anonymiser par cet index
create index beneficiaire_conservation_idx on beneficiaire (dernier_contact_le, id) where anonymisee_le is null;

create function beneficiaire_contact_initial() returns trigger language plpgsql as $$
begin
    new.dernier_contact_le := coalesce(new.dernier_contact_le, (new.cree_le at time zone 'Europe/Paris')::date,
                                       current_date);
    return new;
end $$;
create trigger beneficiaire_contact_initial before insert on beneficiaire
    for each row execute function beneficiaire_contact_initial();

-- Avance le dernier contact, jamais ne le recule, et laisse une fiche anonyme comme elle est.
create function beneficiaire_contact(personne bigint, le timestamptz) returns void language sql as $$
    update beneficiaire set dernier_contact_le = (le at time zone 'Europe/Paris')::date
    where id = personne and anonymisee_le is null and dernier_contact_le < (le at time zone 'Europe/Paris')::date;
$$;

create function beneficiaire_contact_suivre() returns trigger language plpgsql as $$
begin
    case tg_table_name
        when 'presence' then
            if new.statut <> 'ABSENT' then perform beneficiaire_contact(new.beneficiaire_id, new.enregistree_le); end if;
        when 'orientation' then
            perform beneficiaire_contact(new.beneficiaire_id, new.orientee_le);
        when 'orientation_transition' then
            if new.vers in ('ACCEPTEE', 'EN_PARCOURS', 'TERMINEE') then
                perform beneficiaire_contact(o.beneficiaire_id, new.survenue_le)
                from orientation o where o.id = new.orientation_id;
            end if;
        when 'carnet_entree', 'retour_seance' then
            perform beneficiaire_contact(new.beneficiaire_id, new.ecrit_le);
        when 'situation_sortie' then
            perform beneficiaire_contact(o.beneficiaire_id, new.saisie_le) from orientation o
            where o.id = new.orientation_id;
        when 'ressource_remise' then
            perform beneficiaire_contact(new.beneficiaire_id, new.remise_le::timestamp at time zone 'Europe/Paris');
    end case;
    return null;
end $$;

create trigger beneficiaire_contact_presence after insert or update of statut on presence
    for each row execute function beneficiaire_contact_suivre();
create trigger beneficiaire_contact_orientation after insert on orientation
    for each row execute function beneficiaire_contact_suivre();
create trigger beneficiaire_contact_transition after insert on orientation_transition
    for each row execute function beneficiaire_contact_suivre();
create trigger beneficiaire_contact_carnet after insert on carnet_entree
    for each row execute function beneficiaire_contact_suivre();
create trigger beneficiaire_contact_retour after insert on retour_seance
    for each row execute function beneficiaire_contact_suivre();
create trigger beneficiaire_contact_situation after insert on situation_sortie
    for each row execute function beneficiaire_contact_suivre();
create trigger beneficiaire_contact_ressource after insert on ressource_remise
    for each row execute function beneficiaire_contact_suivre();

-- 2. Une fiche anonyme ne figure plus dans les listes des régions (ni dans aucune liste).
create or replace function beneficiaire_region_recalculer(personne bigint) returns void language sql as $$
    delete from beneficiaire_region where beneficiaire_id = personne;
    insert into beneficiaire_region (region_code, beneficiaire_id, nom_tri, prenom_tri)
    select r.region_code, b.id, lower(b.nom), lower(b.prenom)
    from beneficiaire b,
         lateral (select d.region_code from agence a join departement d on d.code = a.departement_code
                  where a.id = b.agence_id
                  union
                  select v.region_code from orientation o join parcours p on p.id = o.parcours_id
                  join binome bi on bi.id = p.binome_id join vague v on v.id = bi.vague_id
                  where o.beneficiaire_id = b.id) r
    where b.id = personne and b.anonymisee_le is null;
$$;

create or replace function beneficiaire_region_tout_recalculer() returns void language sql as $$
    truncate beneficiaire_region;
    insert into beneficiaire_region (region_code, beneficiaire_id, nom_tri, prenom_tri)
    select r.region_code, b.id, lower(b.nom), lower(b.prenom)
    from (select b.id as beneficiaire_id, d.region_code from beneficiaire b join agence a on a.id = b.agence_id
          join departement d on d.code = a.departement_code
          union
          select o.beneficiaire_id, v.region_code from orientation o join parcours p on p.id = o.parcours_id
          join binome bi on bi.id = p.binome_id join vague v on v.id = bi.vague_id) r
    join beneficiaire b on b.id = r.beneficiaire_id
    where b.anonymisee_le is null;
$$;

-- 3. La notice dit désormais la durée de conservation et le retrait de l'accord.
insert into notice_information (version, quoi, pourquoi, qui, combien, droits, publiee_le, publiee_par)
select '2026-12', quoi, pourquoi, qui,
    'Tant que vous suivez le programme. Deux ans après votre dernier contact avec lui (une séance, un échange avec votre conseiller), votre fiche est rendue anonyme : votre nom et vos coordonnées sont effacés, seuls des chiffres restent (présences, niveaux), sans lien possible avec vous. Votre conseiller est prévenu un mois avant.',
    'Vous pouvez à tout moment recevoir une copie de ce qui est noté sur vous (un fichier ou une page à imprimer), le faire corriger, le faire effacer, ou retirer votre accord : vos orientations en cours s''arrêtent alors et votre fiche est rendue anonyme. Demandez-le à votre conseiller. Vous pouvez aussi saisir la CNIL (cnil.fr).',
    '2026-12-01T00:00:00+01:00', 'plateforme'
from notice_information where version = '2026-11';
