-- Statistiques publiques d'une région : la coordination les publie (agrégats seulement, tout
-- chiffre portant sur moins de 5 personnes masqué) ; une ligne par région publiée.
create table statistiques_publiques (
    region_code  varchar(3)   primary key references region (code),
    publiees_le  timestamptz  not null,
    publiees_par varchar(150) not null
);
