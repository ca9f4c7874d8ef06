-- Tagbench initial schema: users, projects with their label schema, articles split into sentences,
-- each curator's labels per sentence, and the append-only history of every label change.

create table app_user (
    id            bigint generated always as identity primary key,
    username      varchar(64)  not null unique check (username ~ '^[A-Za-z0-9][A-Za-z0-9._-]{1,63}$'),
    password_hash varchar(200) not null,
    display_name  varchar(200) not null check (length(btrim(display_name)) > 0),
    admin         boolean      not null default false,
    enabled       boolean      not null default true,
    created_at    timestamptz  not null default now(),
    version       integer      not null default 0
);

create table project (
    id                     bigint generated always as identity primary key,
    name                   varchar(200) not null unique check (length(btrim(name)) > 0),
    annotators_per_article integer      not null default 2 check (annotators_per_article between 1 and 50),
    segmenter_id           varchar(100) not null,
    schema_version         integer      not null default 1 check (schema_version > 0),
    created_at             timestamptz  not null default now(),
    version                integer      not null default 0
);

create table label (
    id          bigint generated always as identity primary key,
    project_id  bigint       not null references project (id) on delete cascade,
    key         varchar(64)  not null check (key ~ '^[a-z][a-z0-9_]{0,63}$'),
    name        varchar(100) not null check (length(btrim(name)) > 0),
    color       char(7)      not null check (color ~ '^#[0-9a-fA-F]{6}$'),
    hotkey      char(1)      check (hotkey ~ '^[1-9]$'),
    description varchar(500) not null default '',
    position    integer      not null check (position >= 0),
    unique (project_id, key),
    unique (project_id, hotkey),
    unique (project_id, position)
);

create table project_member (
    project_id bigint      not null references project (id) on delete cascade,
    user_id    bigint      not null references app_user (id) on delete cascade,
    role       varchar(16) not null check (role in ('MANAGER', 'ANNOTATOR', 'REVIEWER')),
    primary key (project_id, user_id, role)
);
create index project_member_user_idx on project_member (user_id);

create table article (
    id             bigint generated always as identity primary key,
    project_id     bigint        not null references project (id) on delete cascade,
    title          varchar(500)  not null check (length(btrim(title)) > 0),
    published_on   date,
    source         varchar(500),
    url            varchar(2000),
    file_name      varchar(500),
    original_text  text          not null check (length(original_text) > 0),
    content_hash   char(64)      not null check (content_hash ~ '^[0-9a-f]{64}$'),
    importer_id    varchar(100)  not null,
    segmenter_id   varchar(100)  not null,
    removals       jsonb         not null default '[]' check (jsonb_typeof(removals) = 'array'),
    metadata       jsonb         not null default '{}' check (jsonb_typeof(metadata) = 'object'),
    state          varchar(16)   not null default 'NEW'
        check (state in ('NEW', 'IN_PROGRESS', 'ANNOTATED', 'IN_REVIEW', 'APPROVED', 'REJECTED')),
    sentence_count integer       not null check (sentence_count > 0),
    imported_by    bigint        references app_user (id) on delete set null,
    imported_at    timestamptz   not null default now(),
    version        integer       not null default 0,
    unique (project_id, content_hash)
);
create index article_project_idx on article (project_id, id);

-- Offsets are UTF-16 code units into article.original_text (as Java and JavaScript count them);
-- the sentence text is stored too, so exports never recompute substrings.
create table sentence (
    id           bigint generated always as identity primary key,
    article_id   bigint  not null references article (id) on delete cascade,
    idx          integer not null check (idx >= 0),
    start_offset integer not null check (start_offset >= 0),
    end_offset   integer not null,
    text         text    not null check (length(text) > 0),
    check (end_offset > start_offset),
    unique (article_id, idx)
);

-- One curator's labels on one sentence. A row means the curator decided (an empty array is an
-- explicit "no label"); no row means the sentence is still to do.
create table annotation (
    id          bigint generated always as identity primary key,
    sentence_id bigint      not null references sentence (id) on delete cascade,
    user_id     bigint      not null references app_user (id) on delete cascade,
    labels      text[]      not null default '{}' check (array_position(labels, null) is null),
    version     integer     not null default 1 check (version > 0),
    updated_at  timestamptz not null default now(),
    unique (sentence_id, user_id)
);
create index annotation_user_idx on annotation (user_id, sentence_id);

-- Every change of an annotation, never updated or deleted (except with its sentence).
create table annotation_history (
    id            bigint generated always as identity primary key,
    sentence_id   bigint      not null references sentence (id) on delete cascade,
    user_id       bigint      not null references app_user (id) on delete cascade,
    changed_by    bigint      not null references app_user (id) on delete cascade,
    changed_at    timestamptz not null default now(),
    labels_before text[],
    labels_after  text[],
    source        varchar(16) not null check (source in ('UI', 'API', 'UNDO')),
    check (labels_before is not null or labels_after is not null)
);
create index annotation_history_sentence_idx on annotation_history (sentence_id, changed_at);

create function annotation_history_append_only() returns trigger
    language plpgsql as
$$
begin
    -- Deletes cascading from a deleted sentence run one trigger level deeper and are allowed.
    if tg_op = 'DELETE' and pg_trigger_depth() > 1 then
        return old;
    end if;
    raise exception 'annotation_history is append-only';
end;
$$;

create trigger annotation_history_no_change
    before update or delete on annotation_history
    for each row execute function annotation_history_append_only();
