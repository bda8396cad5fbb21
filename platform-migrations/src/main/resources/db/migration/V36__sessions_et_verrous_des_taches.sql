-- Sessions live in the database (Spring Session JDBC), so that every instance behind the load
-- balancer shares them and a restart logs nobody out. Spring Session's own PostgreSQL schema
-- (spring-session-jdbc 4.1.0, org/springframework/session/jdbc/schema-postgresql.sql, Apache 2.0).
create table spring_session (
    primary_id            char(36)     not null,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval int          not null,
    expiry_time           bigint       not null,
    -- the account's identifier: its sessions are ended at once when it is disabled, or its role
    -- or perimeter changes
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);

create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references spring_session (primary_id) on delete cascade
);

-- One row per scheduled job: the instance that holds it until lock_until runs the job, the
-- others skip that run (ShedLock, with the database's clock).
create table shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null
);

-- An import or export running on an instance notes when it last moved on: one without news for
-- a while was cut short by that instance's stop, and any instance may then close it (at start-up,
-- an instance used to close every running one, including those another instance was running).
alter table export_demande add column avance_le timestamptz;
alter table importation add column avance_le timestamptz;
