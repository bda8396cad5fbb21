-- Failed logins, shared by every instance: an identifier or an address with too many failures
-- in the last 15 minutes gets 429 until the oldest of them leaves the window. Rows older than the
-- window are deleted by a scheduled job; this is throttling, not the audit trail.
create table echec_connexion (
    id          bigint generated always as identity primary key,
    identifiant varchar(320) not null,
    adresse     varchar(45)  not null,
    le          timestamptz  not null
);
create index echec_connexion_identifiant_idx on echec_connexion (identifiant, le);
create index echec_connexion_adresse_idx on echec_connexion (adresse, le);
