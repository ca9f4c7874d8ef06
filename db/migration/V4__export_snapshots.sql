-- Every dataset export: who, when, with which settings, over which approved articles, and the
-- checksum of what was written, so the training data of a model can be named and fetched again.
create table export_snapshot (
    id          bigint generated always as identity primary key,
    project_id  bigint      not null references project (id) on delete cascade,
    created_by  bigint      references app_user (id) on delete set null,
    created_at  timestamptz not null default now(),
    format      varchar(100) not null,
    split       varchar(50)  not null,
    seed        bigint       not null,
    article_ids bigint[]     not null,
    sentences   bigint       not null check (sentences >= 0),
    counts      jsonb        not null default '{}',
    sha256      char(64)     not null check (sha256 ~ '^[0-9a-f]{64}$'),
    bytes       bigint       not null check (bytes >= 0)
);
create index export_snapshot_project_idx on export_snapshot (project_id, id desc);
