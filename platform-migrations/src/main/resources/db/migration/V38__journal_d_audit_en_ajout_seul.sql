-- The audit trail (CNIL's recommendations on logging; OWASP ASVS 5.0, V16): each line says who,
-- when, from which address, what, on which object and for which purpose. Lines are only ever
-- added: a trigger refuses UPDATE, TRUNCATE, and DELETE of any line younger than 12 months,
-- whichever role asks; the daily purge deletes the older ones.
alter table journal_audit
    alter column objet_id drop not null,
    add column adresse  varchar(45),
    add column finalite varchar(20) not null default 'ACCOMPAGNEMENT'
        check (finalite in ('ACCOMPAGNEMENT', 'PILOTAGE', 'SECURITE', 'DROITS')),
    add column detail   varchar(300);
alter table journal_audit alter column finalite drop default;
create index journal_audit_auteur_idx on journal_audit (auteur, survenu_le);

create function journal_audit_en_ajout_seul() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' and old.survenu_le < now() - interval '12 months' then
        return old;
    end if;
    raise exception 'journal_audit : une ligne du journal ne se modifie ni ne s''efface (%)', tg_op
        using errcode = 'insufficient_privilege';
end
$$;

create trigger journal_audit_en_ajout_seul
    before update or delete on journal_audit
    for each row execute function journal_audit_en_ajout_seul();

create function journal_audit_sans_vidage() returns trigger language plpgsql as $$
begin
    raise exception 'journal_audit : le journal ne se vide pas' using errcode = 'insufficient_privilege';
end
$$;

create trigger journal_audit_sans_vidage
    before truncate on journal_audit
    for each statement execute function journal_audit_sans_vidage();
