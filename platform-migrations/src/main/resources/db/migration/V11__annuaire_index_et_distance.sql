-- Ce que l'annuaire et les doublons possibles ajoutent à V7 (déjà livrée, donc inchangée) :
-- l'ordre des noms pour la pagination par clé, une commune retrouvée par son code ou son nom dans
-- son département, et la distance à vol d'oiseau. « if not exists » et « or replace » : une base de
-- développement qui a reçu ces objets par une V7 provisoire migre aussi.
create index if not exists commune_nom_idx on commune (lower(nom));
create index if not exists tiers_lieu_nom_tri_idx on tiers_lieu (lower(nom), id);
create index if not exists agence_nom_tri_idx on agence (lower(nom), id);
create index if not exists tiers_lieu_insee_idx on tiers_lieu (code_insee);
create index if not exists agence_insee_idx on agence (code_insee);
create index if not exists tiers_lieu_commune_idx on tiers_lieu (departement_code, lower(commune));
create index if not exists agence_commune_idx on agence (departement_code, lower(commune));

-- Distance à vol d'oiseau, en kilomètres (formule de haversine) : annuaire, doublons possibles,
-- agences proposées à un binôme.
create or replace function distance_km(lat1 double precision, lon1 double precision, lat2 double precision,
                                       lon2 double precision)
    returns double precision language sql immutable as $$
    select 2 * 6371 * asin(sqrt(power(sin(radians(lat2 - lat1) / 2), 2)
        + cos(radians(lat1)) * cos(radians(lat2)) * power(sin(radians(lon2 - lon1) / 2), 2)));
$$;
