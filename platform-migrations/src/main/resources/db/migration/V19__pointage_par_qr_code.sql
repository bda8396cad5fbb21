-- T2 : pointage par la personne elle-même. Le tiers-lieu affiche un QR code qui change toutes
-- les 30 secondes, signé avec le secret de la séance ; la personne le scanne avec son téléphone
-- et se fait reconnaître par le lien de son carnet ou par son code personnel.
alter table atelier add column secret_pointage varchar(64) not null
    default replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', '');

-- une ligne pointée par la personne, que le tiers-lieu voit comme telle sur la feuille
alter table presence add column par_la_personne boolean not null default false;

-- le code personnel de 8 caractères donné avec le lien (à saisir quand on n'a pas le lien sous
-- la main) ; comme le jeton, seule son empreinte est gardée
alter table lien_carnet add column empreinte_code varchar(64) unique;
