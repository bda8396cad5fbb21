-- T2 : ce que le conseiller dit d'une personne qu'il oriente, et de quoi reconnaître une personne
-- déjà connue (d'une agence ou d'une autre).

alter table beneficiaire
    -- identifiant France Travail : 7 chiffres et 1 à 4 caractères (facultatif)
    add column identifiant_ft      varchar(11) check (identifiant_ft ~ '^[0-9]{7}[0-9A-Z]{1,4}$'),
    add column annee_naissance     smallint check (annee_naissance between 1900 and 2100),
    add column diagnostic_outil    varchar(20) check (diagnostic_outil in ('LES_BONS_CLICS', 'PIX', 'AUTRE')),
    add column diagnostic_resultat varchar(100),
    -- la version de la notice d'information montrée à la personne quand elle a consenti
    add column version_notice      varchar(20);

-- Une même adresse ou un même téléphone désigne souvent la même personne.
create index beneficiaire_email_idx on beneficiaire (lower(email)) where email is not null;
create index beneficiaire_telephone_idx on beneficiaire (telephone) where telephone is not null;
