-- Lectures à l'échelle nationale (un million de personnes) : trois tables dérivées, tenues par la
-- base elle-même comme un index l'est, quel que soit celui qui écrit (services, reprise, générateur),
-- et deux index. Chaque table dérivée a sa fonction de recalcul complet, utilisée ici pour la reprise
-- et par le générateur des données nationales ; les tests comparent chacune à son recalcul.

-- 1. Recherche par début de nom ou de prénom : index de trigrammes, utilisables avec un motif passé
--    en paramètre (plan générique compris), contrairement à un index B-tree sur un préfixe.
create extension if not exists pg_trgm;
create index beneficiaire_nom_trgm_idx on beneficiaire using gin (lower(nom) gin_trgm_ops);
create index beneficiaire_prenom_trgm_idx on beneficiaire using gin (lower(prenom) gin_trgm_ops);

-- 2. Liste des ateliers du plus récent au plus ancien, lue page après page (pagination par clé) :
--    pour tous, et pour une région (celle de la vague du binôme, recopiée sur l'atelier par la base),
--    qu'une coordination lit dans l'ordre de l'index quelle que soit la taille de la région.
create index atelier_chronologie_idx on atelier (date_atelier desc, heure_debut desc, id desc);
alter table atelier add column region_code varchar(3) references region (code);
update atelier a set region_code = v.region_code
from parcours p join binome b on b.id = p.binome_id join vague v on v.id = b.vague_id
where p.id = a.parcours_id;
alter table atelier alter column region_code set not null;
create index atelier_region_chronologie_idx on atelier (region_code, date_atelier desc, heure_debut desc, id desc);

create function atelier_region() returns trigger language plpgsql as $$
begin
    if tg_table_name = 'atelier' then
        select v.region_code into new.region_code
        from parcours p join binome b on b.id = p.binome_id join vague v on v.id = b.vague_id
        where p.id = new.parcours_id;
        return new;
    end if;
    update atelier a set region_code = v.region_code
    from binome b join vague v on v.id = b.vague_id
    where a.parcours_id = new.id and b.id = new.binome_id;
    return null;
end $$;

create trigger atelier_region before insert or update of parcours_id on atelier
    for each row execute function atelier_region();
create trigger atelier_region_parcours after update of binome_id on parcours
    for each row when (old.binome_id is distinct from new.binome_id) execute function atelier_region();

-- 3. Les régions où une personne est visible (ADR 0005) : celle de son agence et celles des vagues
--    des binômes vers lesquels elle est orientée, avec les clés de tri de la liste. Une coordination
--    lit sa région dans l'ordre de l'index, à la page voulue, sans parcourir le million de personnes.
create table beneficiaire_region (
    region_code     varchar(3)   not null references region (code),
    beneficiaire_id bigint       not null references beneficiaire (id) on delete cascade,
    nom_tri         varchar(100) not null,
    prenom_tri      varchar(100) not null,
    primary key (region_code, beneficiaire_id)
);
create index beneficiaire_region_tri_idx on beneficiaire_region (region_code, nom_tri, prenom_tri, beneficiaire_id);
create index beneficiaire_region_beneficiaire_idx on beneficiaire_region (beneficiaire_id);

create function beneficiaire_region_recalculer(personne bigint) returns void language sql as $$
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
    where b.id = personne;
$$;

create function beneficiaire_region_tout_recalculer() returns void language sql as $$
    truncate beneficiaire_region;
    insert into beneficiaire_region (region_code, beneficiaire_id, nom_tri, prenom_tri)
    select r.region_code, b.id, lower(b.nom), lower(b.prenom)
    from (select b.id as beneficiaire_id, d.region_code from beneficiaire b join agence a on a.id = b.agence_id
          join departement d on d.code = a.departement_code
          union
          select o.beneficiaire_id, v.region_code from orientation o join parcours p on p.id = o.parcours_id
          join binome bi on bi.id = p.binome_id join vague v on v.id = bi.vague_id) r
    join beneficiaire b on b.id = r.beneficiaire_id;
$$;

create function beneficiaire_region_suivre() returns trigger language plpgsql as $$
begin
    case tg_table_name
        when 'beneficiaire' then
            perform beneficiaire_region_recalculer(new.id);
        when 'orientation' then
            if tg_op <> 'INSERT' then perform beneficiaire_region_recalculer(old.beneficiaire_id); end if;
            if tg_op <> 'DELETE' then perform beneficiaire_region_recalculer(new.beneficiaire_id); end if;
        when 'agence' then
            perform beneficiaire_region_recalculer(b.id) from beneficiaire b where b.agence_id = new.id;
        when 'parcours' then
            perform beneficiaire_region_recalculer(o.beneficiaire_id) from orientation o where o.parcours_id = new.id;
    end case;
    return null;
end $$;

create trigger beneficiaire_region_personne after insert or update of nom, prenom, agence_id on beneficiaire
    for each row execute function beneficiaire_region_suivre();
create trigger beneficiaire_region_orientation after insert or delete or update of beneficiaire_id, parcours_id
    on orientation for each row execute function beneficiaire_region_suivre();
create trigger beneficiaire_region_agence after update of departement_code on agence
    for each row when (old.departement_code is distinct from new.departement_code)
    execute function beneficiaire_region_suivre();
create trigger beneficiaire_region_parcours after update of binome_id on parcours
    for each row when (old.binome_id is distinct from new.binome_id)
    execute function beneficiaire_region_suivre();

select beneficiaire_region_tout_recalculer();

-- 4. Ateliers et minutes de chaque parcours, pour le tableau de bord (20 000 lignes au lieu de
--    200 000 ateliers).
create table bilan_parcours (
    parcours_id bigint primary key references parcours (id) on delete cascade,
    ateliers    bigint not null,
    minutes     bigint not null
);

create function bilan_parcours_recalculer(parcours bigint) returns void language sql as $$
    insert into bilan_parcours (parcours_id, ateliers, minutes)
    select parcours, count(a.id), coalesce(sum(a.duree_minutes), 0) from atelier a where a.parcours_id = parcours
    on conflict (parcours_id) do update set ateliers = excluded.ateliers, minutes = excluded.minutes;
$$;

create function bilan_parcours_tout_recalculer() returns void language sql as $$
    truncate bilan_parcours;
    insert into bilan_parcours (parcours_id, ateliers, minutes)
    select p.id, count(a.id), coalesce(sum(a.duree_minutes), 0)
    from parcours p left join atelier a on a.parcours_id = p.id group by p.id;
$$;

create function bilan_parcours_suivre() returns trigger language plpgsql as $$
begin
    if tg_op <> 'INSERT' then perform bilan_parcours_recalculer(old.parcours_id); end if;
    if tg_op <> 'DELETE' and (tg_op = 'INSERT' or new.parcours_id <> old.parcours_id) then
        perform bilan_parcours_recalculer(new.parcours_id);
    end if;
    return null;
end $$;

create trigger bilan_parcours_atelier after insert or delete or update of parcours_id, heure_debut, heure_fin
    on atelier for each row execute function bilan_parcours_suivre();

select bilan_parcours_tout_recalculer();

-- Les groupes où compte chaque parcours, pour les deux tables qui suivent : la France et la région
-- de sa vague, chacune en entier, par typologie et par département du tiers-lieu.
create view groupe_de_parcours as
select p.id as parcours_id, b.tiers_lieu_id, g.portee, g.dimension, g.cle
from parcours p join binome b on b.id = p.binome_id join vague v on v.id = b.vague_id
join tiers_lieu tl on tl.id = b.tiers_lieu_id,
         lateral (values ('FR', 'TOUT', ''), ('FR', 'TYPOLOGIE', p.typologie), ('FR', 'DEPARTEMENT', tl.departement_code),
                         (v.region_code, 'TOUT', ''), (v.region_code, 'TYPOLOGIE', p.typologie),
                         (v.region_code, 'DEPARTEMENT', tl.departement_code)) g (portee, dimension, cle);

-- 5. Parcours, ateliers et minutes par portée (FR ou région de la vague), groupe (tout, typologie,
--    département du tiers-lieu) et tiers-lieu : le tableau de bord national ou régional lit quelques
--    milliers de lignes au lieu de joindre tous les parcours ; une ligne par tiers-lieu donne aussi
--    le nombre de tiers-lieux et de départements distincts de chaque groupe. Recalculée par
--    tiers-lieu à chaque parcours ou bilan de parcours qui change.
create table bilan_groupe (
    portee        varchar(3)  not null,
    dimension     varchar(12) not null check (dimension in ('TOUT', 'TYPOLOGIE', 'DEPARTEMENT')),
    cle           varchar(40) not null,
    tiers_lieu_id bigint      not null references tiers_lieu (id) on delete cascade,
    parcours      bigint      not null,
    ateliers      bigint      not null,
    minutes       bigint      not null,
    primary key (portee, dimension, cle, tiers_lieu_id)
);
create index bilan_groupe_tiers_lieu_idx on bilan_groupe (tiers_lieu_id);

create function bilan_groupe_recalculer(lieu bigint) returns void language sql as $$
    delete from bilan_groupe where tiers_lieu_id = lieu;
    insert into bilan_groupe (portee, dimension, cle, tiers_lieu_id, parcours, ateliers, minutes)
    select g.portee, g.dimension, g.cle, g.tiers_lieu_id, count(*), coalesce(sum(bp.ateliers), 0),
           coalesce(sum(bp.minutes), 0)
    from groupe_de_parcours g left join bilan_parcours bp on bp.parcours_id = g.parcours_id
    where g.tiers_lieu_id = lieu
    group by g.portee, g.dimension, g.cle, g.tiers_lieu_id;
$$;

create function bilan_groupe_tout_recalculer() returns void language sql as $$
    truncate bilan_groupe;
    insert into bilan_groupe (portee, dimension, cle, tiers_lieu_id, parcours, ateliers, minutes)
    select g.portee, g.dimension, g.cle, g.tiers_lieu_id, count(*), coalesce(sum(bp.ateliers), 0),
           coalesce(sum(bp.minutes), 0)
    from groupe_de_parcours g left join bilan_parcours bp on bp.parcours_id = g.parcours_id
    group by g.portee, g.dimension, g.cle, g.tiers_lieu_id;
$$;

create function bilan_groupe_suivre() returns trigger language plpgsql as $$
begin
    case tg_table_name
        when 'tiers_lieu' then
            perform bilan_groupe_recalculer(new.id);
        when 'bilan_parcours' then
            perform bilan_groupe_recalculer(b.tiers_lieu_id)
            from parcours p join binome b on b.id = p.binome_id
            where p.id = case when tg_op = 'DELETE' then old.parcours_id else new.parcours_id end;
        when 'parcours' then
            if tg_op <> 'INSERT' then
                perform bilan_groupe_recalculer(b.tiers_lieu_id) from binome b where b.id = old.binome_id;
            end if;
            if tg_op <> 'DELETE' then
                perform bilan_groupe_recalculer(b.tiers_lieu_id) from binome b where b.id = new.binome_id;
            end if;
    end case;
    return null;
end $$;

create trigger bilan_groupe_parcours after insert or delete or update of typologie, binome_id on parcours
    for each row execute function bilan_groupe_suivre();
create trigger bilan_groupe_bilan_parcours after insert or update or delete on bilan_parcours
    for each row execute function bilan_groupe_suivre();
create trigger bilan_groupe_tiers_lieu after update of departement_code on tiers_lieu
    for each row when (old.departement_code is distinct from new.departement_code)
    execute function bilan_groupe_suivre();

select bilan_groupe_tout_recalculer();

-- 6. Bénéficiaires accompagnés (distincts) par portée (FR ou une région : celle de la vague) et par
--    groupe (tout, typologie, département du tiers-lieu) : les chiffres du tableau de bord national
--    et régional, exacts, tenus à chaque ligne de participation ajoutée ou retirée. Une personne
--    compte une fois par groupe, quel que soit le nombre de parcours qu'elle y suit.
create table compteur_beneficiaires (
    portee    varchar(3)  not null,
    dimension varchar(12) not null check (dimension in ('TOUT', 'TYPOLOGIE', 'DEPARTEMENT')),
    cle       varchar(40) not null,
    nombre    bigint      not null check (nombre >= 0),
    primary key (portee, dimension, cle)
);

create function groupes_du_parcours(parcours bigint)
    returns table (portee varchar, dimension varchar, cle varchar) language sql stable as $$
    select portee, dimension, cle from groupe_de_parcours where parcours_id = parcours;
$$;

-- Ajoute (+1) ou retire (-1) une personne des groupes d'un parcours où aucune autre de ses
-- participations ne la compte déjà. La ligne de la personne est verrouillée d'abord : deux
-- émargements simultanés de la même personne dans deux parcours d'un même groupe se suivent, et le
-- second voit le premier.
create function compteur_beneficiaires_compter(parcours bigint, personne bigint, signe integer)
    returns void language plpgsql as $$
begin
    perform 1 from beneficiaire where id = personne for update;
    insert into compteur_beneficiaires (portee, dimension, cle, nombre)
    select g.portee, g.dimension, g.cle, greatest(signe, 0) from groupes_du_parcours(parcours) g
    where not exists (select 1 from participation pa, lateral groupes_du_parcours(pa.parcours_id) h
                      where pa.beneficiaire_id = personne and pa.parcours_id <> parcours
                        and h.portee = g.portee and h.dimension = g.dimension and h.cle = g.cle)
    on conflict (portee, dimension, cle) do update set nombre = compteur_beneficiaires.nombre + signe;
    -- un groupe qui n'a plus personne disparaît, comme il serait absent d'un recalcul
    delete from compteur_beneficiaires c using groupes_du_parcours(parcours) g
    where c.portee = g.portee and c.dimension = g.dimension and c.cle = g.cle and c.nombre = 0;
end $$;

create function compteur_beneficiaires_tout_recalculer() returns void language sql as $$
    truncate compteur_beneficiaires;
    insert into compteur_beneficiaires (portee, dimension, cle, nombre)
    select g.portee, g.dimension, g.cle, count(distinct pa.beneficiaire_id)
    from participation pa join groupe_de_parcours g on g.parcours_id = pa.parcours_id
    group by g.portee, g.dimension, g.cle;
$$;

create function compteur_beneficiaires_participation() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        perform compteur_beneficiaires_compter(new.parcours_id, new.beneficiaire_id, 1);
    else
        perform compteur_beneficiaires_compter(old.parcours_id, old.beneficiaire_id, -1);
    end if;
    return null;
end $$;

-- Un parcours qui change de typologie ou de binôme : ses participants quittent les groupes d'avant
-- la modification et rejoignent ceux d'après (une personne n'a qu'une participation par parcours, les
-- autres ne changent pas de groupe).
create function compteur_beneficiaires_parcours() returns trigger language plpgsql as $$
begin
    perform compteur_beneficiaires_compter(pa.parcours_id, pa.beneficiaire_id,
                                           case when tg_when = 'BEFORE' then -1 else 1 end)
    from participation pa where pa.parcours_id = new.id;
    return case when tg_when = 'BEFORE' then new else null end;
end $$;

-- Un tiers-lieu qui change de département (une reprise d'annuaire) : les deux départements sont
-- recomptés, pour la France et pour chaque région.
create function compteur_beneficiaires_tiers_lieu() returns trigger language plpgsql as $$
begin
    delete from compteur_beneficiaires
    where dimension = 'DEPARTEMENT' and cle in (old.departement_code, new.departement_code);
    insert into compteur_beneficiaires (portee, dimension, cle, nombre)
    select g.portee, g.dimension, g.cle, count(distinct pa.beneficiaire_id)
    from participation pa join groupe_de_parcours g on g.parcours_id = pa.parcours_id
    where g.dimension = 'DEPARTEMENT' and g.cle in (old.departement_code, new.departement_code)
    group by g.portee, g.dimension, g.cle;
    return null;
end $$;

create trigger compteur_beneficiaires_participation after insert or delete on participation
    for each row execute function compteur_beneficiaires_participation();
create trigger compteur_beneficiaires_parcours_avant before update of typologie, binome_id on parcours
    for each row when (old.typologie is distinct from new.typologie or old.binome_id is distinct from new.binome_id)
    execute function compteur_beneficiaires_parcours();
create trigger compteur_beneficiaires_parcours_apres after update of typologie, binome_id on parcours
    for each row when (old.typologie is distinct from new.typologie or old.binome_id is distinct from new.binome_id)
    execute function compteur_beneficiaires_parcours();
create trigger compteur_beneficiaires_tiers_lieu after update of departement_code on tiers_lieu
    for each row when (old.departement_code is distinct from new.departement_code)
    execute function compteur_beneficiaires_tiers_lieu();

select compteur_beneficiaires_tout_recalculer();

-- Statistiques des nouvelles tables tout de suite, pour que les premières pages soient bien planifiées.
analyze beneficiaire_region;
analyze bilan_parcours;
analyze bilan_groupe;
analyze compteur_beneficiaires;
