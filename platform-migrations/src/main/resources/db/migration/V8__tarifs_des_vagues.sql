-- Grille tarifaire de chaque vague : le budget indicatif d'un parcours selon son format
-- (5 000 / 10 000 / 15 000 € dans le guide, modifiable par vague).
create table tarif_vague (
    vague_id bigint         not null references vague (id) on delete cascade,
    format   varchar(20)    not null check (format in ('COURT', 'LONG', 'LONG_AUGMENTE', 'LONG_INTENSIF')),
    montant  numeric(12, 2) not null check (montant >= 0),
    primary key (vague_id, format)
);

-- Les vagues déjà ouvertes reçoivent la grille du guide.
insert into tarif_vague (vague_id, format, montant)
select v.id, f.format, f.montant
from vague v cross join (values ('COURT', 5000.00), ('LONG', 10000.00), ('LONG_AUGMENTE', 15000.00),
                                ('LONG_INTENSIF', 15000.00)) as f (format, montant);
