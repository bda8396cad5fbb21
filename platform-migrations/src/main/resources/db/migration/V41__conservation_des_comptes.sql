-- Conservation des comptes des agents (registre des traitements, section 4) : un compte désactivé
-- depuis 12 mois est rendu anonyme chaque nuit (ConservationDesComptes).

-- Date de la désactivation, tenue par la base : aucun chemin d'écriture ne peut l'oublier ; une
-- réactivation l'efface.
alter table utilisateur add column desactive_le timestamptz;
-- Compte rendu anonyme : il ne peut plus être réactivé.
alter table utilisateur add column anonymise_le timestamptz;

create function utilisateur_desactivation() returns trigger language plpgsql as $$
begin
    if new.actif is distinct from old.actif then
        new.desactive_le := case when new.actif then null else now() end;
    end if;
    return new;
end $$;

create trigger utilisateur_desactivation before update of actif on utilisateur
    for each row execute function utilisateur_desactivation();

-- Les comptes déjà désactivés commencent leur délai aujourd'hui (leur date n'était pas gardée).
update utilisateur set desactive_le = now() where not actif;

create index utilisateur_desactive_idx on utilisateur (desactive_le) where not actif and anonymise_le is null;
