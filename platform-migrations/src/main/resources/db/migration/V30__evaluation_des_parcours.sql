-- T4 à l'échelle nationale : la restitution d'une vague lit, pour chaque parcours, les présences
-- émargées et les critères de progression suivis, au lieu de parcourir les millions de présences et
-- de notes de ses personnes (une vague de 170 000 orientations : 6 s). Table tenue par déclencheurs,
-- recalculée par parcours à chaque émargement ou note (une centaine de lignes), comme celles de V6.
create table evaluation_parcours (
    parcours_id         bigint primary key references parcours (id) on delete cascade,
    -- lignes d'émargement, et parmi elles les présences (présent ou en retard)
    emargements         bigint not null,
    presents            bigint not null,
    -- critères notés au moins deux fois, et parmi eux ceux dont la dernière note dépasse la première
    criteres_suivis     bigint not null,
    criteres_en_progres bigint not null
);

create function evaluation_parcours_calcul(cible bigint)
    returns table (emargements bigint, presents bigint, criteres_suivis bigint, criteres_en_progres bigint)
    language sql stable as $$
    -- two aggregates without grouping: one row each, even for a parcours without any record
    select pres.emargements, pres.presents, crit.suivis, crit.en_progres
    from (select count(*) as emargements, count(*) filter (where pr.statut in ('PRESENT', 'EN_RETARD')) as presents
          from presence pr join atelier a on a.id = pr.atelier_id where a.parcours_id = cible) pres,
         (select count(*) filter (where n.nombre >= 2) as suivis,
                 count(*) filter (where n.nombre >= 2 and n.derniere > n.premiere) as en_progres
          from (select count(nc.id) as nombre,
                       (array_agg(nc.note order by nc.note_le, nc.id))[1] as premiere,
                       (array_agg(nc.note order by nc.note_le desc, nc.id desc))[1] as derniere
                from orientation o join critere_progression cp on cp.orientation_id = o.id
                join note_critere nc on nc.critere_id = cp.id
                where o.parcours_id = cible group by cp.id) n) crit;
$$;

create function evaluation_parcours_recalculer(cible bigint) returns void language sql as $$
    insert into evaluation_parcours (parcours_id, emargements, presents, criteres_suivis, criteres_en_progres)
    select cible, c.emargements, c.presents, c.criteres_suivis, c.criteres_en_progres
    from evaluation_parcours_calcul(cible) c where exists (select 1 from parcours p where p.id = cible)
    on conflict (parcours_id) do update set emargements = excluded.emargements, presents = excluded.presents,
        criteres_suivis = excluded.criteres_suivis, criteres_en_progres = excluded.criteres_en_progres;
    -- un parcours sans émargement ni critère suivi n'a pas de ligne (comme au recalcul complet)
    delete from evaluation_parcours where parcours_id = cible and emargements = 0 and criteres_suivis = 0;
$$;

create function evaluation_parcours_tout_recalculer() returns void language sql as $$
    truncate evaluation_parcours;
    with pres as (
        select a.parcours_id, count(*) as emargements,
               count(*) filter (where pr.statut in ('PRESENT', 'EN_RETARD')) as presents
        from presence pr join atelier a on a.id = pr.atelier_id group by a.parcours_id),
    notes as (
        select nc.critere_id, count(*) as nombre,
               (array_agg(nc.note order by nc.note_le, nc.id))[1] as premiere,
               (array_agg(nc.note order by nc.note_le desc, nc.id desc))[1] as derniere
        from note_critere nc group by nc.critere_id),
    crit as (
        select o.parcours_id, count(*) filter (where n.nombre >= 2) as suivis,
               count(*) filter (where n.nombre >= 2 and n.derniere > n.premiere) as en_progres
        from notes n join critere_progression cp on cp.id = n.critere_id join orientation o on o.id = cp.orientation_id
        group by o.parcours_id)
    insert into evaluation_parcours (parcours_id, emargements, presents, criteres_suivis, criteres_en_progres)
    select p.id, coalesce(pres.emargements, 0), coalesce(pres.presents, 0), coalesce(crit.suivis, 0),
           coalesce(crit.en_progres, 0)
    from parcours p left join pres on pres.parcours_id = p.id left join crit on crit.parcours_id = p.id
    where coalesce(pres.emargements, 0) > 0 or coalesce(crit.suivis, 0) > 0;
$$;

create function evaluation_parcours_presence() returns trigger language plpgsql as $$
begin
    if tg_op <> 'INSERT' then
        perform evaluation_parcours_recalculer((select parcours_id from atelier where id = old.atelier_id));
    end if;
    if tg_op <> 'DELETE' then
        perform evaluation_parcours_recalculer((select parcours_id from atelier where id = new.atelier_id));
    end if;
    return null;
end $$;

create trigger evaluation_parcours_presence after insert or delete or update of statut, atelier_id
    on presence for each row execute function evaluation_parcours_presence();

create function evaluation_parcours_note() returns trigger language plpgsql as $$
begin
    if tg_op <> 'INSERT' then
        perform evaluation_parcours_recalculer((select o.parcours_id from critere_progression cp
            join orientation o on o.id = cp.orientation_id where cp.id = old.critere_id));
    end if;
    if tg_op <> 'DELETE' then
        perform evaluation_parcours_recalculer((select o.parcours_id from critere_progression cp
            join orientation o on o.id = cp.orientation_id where cp.id = new.critere_id));
    end if;
    return null;
end $$;

create trigger evaluation_parcours_note after insert or delete or update of note, note_le, critere_id
    on note_critere for each row execute function evaluation_parcours_note();

-- une orientation qui change de parcours emporte ses critères (et leurs notes) avec elle
create function evaluation_parcours_orientation() returns trigger language plpgsql as $$
begin
    perform evaluation_parcours_recalculer(old.parcours_id);
    perform evaluation_parcours_recalculer(new.parcours_id);
    return null;
end $$;

create trigger evaluation_parcours_orientation after update of parcours_id on orientation
    for each row when (old.parcours_id <> new.parcours_id) execute function evaluation_parcours_orientation();

select evaluation_parcours_tout_recalculer();
