-- Model-assisted labelling: suggesters per project, their trainings, stored sentence vectors, the
-- suggestions curators were shown, active learning, and the table of the background job scheduler.

-- A curator's labels may now come from accepting suggestions.
alter table annotation_history drop constraint annotation_history_source_check;
alter table annotation_history add constraint annotation_history_source_check
    check (source in ('UI', 'API', 'UNDO', 'SPLIT', 'MERGE', 'SUGGESTION'));

-- A project's choices about suggestions. No row: the defaults. curators_see null means "automatic":
-- hidden from curators where two or more of them annotate each article blind (suggestions would
-- bias their agreement), shown otherwise.
create table suggestion_settings (
    project_id      bigint       primary key references project (id) on delete cascade,
    threshold       numeric(3,2) not null default 0.50 check (threshold between 0.05 and 1.00),
    curators_see    boolean,
    active_learning boolean      not null default false,
    updated_by      bigint       references app_user (id) on delete set null,
    updated_at      timestamptz  not null default now()
);

-- One suggester in one project: on or off, its settings (a small JSON document the plugin reads),
-- when a training was last asked for, and the last failure while suggesting.
create table project_suggester (
    project_id         bigint       not null references project (id) on delete cascade,
    suggester_id       varchar(100) not null check (suggester_id ~ '^[a-z0-9][a-z0-9-]{0,99}$'),
    enabled            boolean      not null,
    settings           jsonb        not null default '{}' check (jsonb_typeof(settings) = 'object'),
    settings_version   integer      not null default 0 check (settings_version >= 0),
    training_wanted_at timestamptz,
    problem            varchar(500),
    problem_at         timestamptz,
    primary key (project_id, suggester_id)
);

-- Every training of a suggester on a project's approved sentences. Only the latest ready training of
-- a suggester keeps its model bytes; older rows keep what they reported.
create table suggester_training (
    id            bigint generated always as identity primary key,
    project_id    bigint       not null,
    suggester_id  varchar(100) not null,
    status        varchar(12)  not null check (status in ('TRAINING', 'READY', 'FAILED')),
    model_version varchar(200) not null,
    node          varchar(255) not null,
    started_at    timestamptz  not null default now(),
    finished_at   timestamptz,
    trained_on    integer      check (trained_on >= 0),
    quality       jsonb        check (quality is null or jsonb_typeof(quality) = 'object'),
    message       varchar(2000),
    model         bytea,
    foreign key (project_id, suggester_id) references project_suggester (project_id, suggester_id) on delete cascade,
    check ((status = 'TRAINING') = (finished_at is null)),
    check (model is null or status = 'READY')
);
create index suggester_training_latest_idx on suggester_training (project_id, suggester_id, id desc);

-- Sentence vectors, computed once per text and model: the SHA-256 of the text, little-endian floats.
create table sentence_embedding (
    model_version varchar(200) not null,
    text_hash     bytea        not null check (length(text_hash) = 32),
    vector        bytea        not null check (length(vector) > 0 and length(vector) % 4 = 0),
    created_at    timestamptz  not null default now(),
    primary key (model_version, text_hash)
);

-- The suggestions a curator was shown, with the model that made them; whether the curator accepted,
-- changed or rejected each is read from their labels and the history.
create table suggestion_shown (
    sentence_id   bigint       not null references sentence (id) on delete cascade,
    user_id       bigint       not null references app_user (id) on delete cascade,
    label_key     varchar(64)  not null,
    suggester_id  varchar(100) not null,
    score         real         not null check (score between 0 and 1),
    model_version varchar(200) not null,
    shown_at      timestamptz  not null default now(),
    accepted_at   timestamptz,
    primary key (sentence_id, user_id, label_key, suggester_id)
);
create index suggestion_shown_user_idx on suggestion_shown (user_id);

-- Active learning: how unsure the latest model is about each article not yet approved (its most
-- uncertain sentence), written after each training.
create table article_uncertainty (
    article_id    bigint       primary key references article (id) on delete cascade,
    project_id    bigint       not null references project (id) on delete cascade,
    sentence_id   bigint       not null references sentence (id) on delete cascade,
    uncertainty   real         not null check (uncertainty between 0 and 1),
    model_version varchar(200) not null,
    computed_at   timestamptz  not null default now()
);
create index article_uncertainty_rank_idx on article_uncertainty (project_id, uncertainty desc, article_id);

-- db-scheduler's table (its PostgreSQL layout): persistent background jobs that any node may pick
-- up; an execution whose node stopped sending heartbeats is picked up again.
create table scheduled_tasks (
    task_name            text                     not null,
    task_instance        text                     not null,
    task_data            bytea,
    execution_time       timestamp with time zone not null,
    picked               boolean                  not null,
    picked_by            text,
    last_success         timestamp with time zone,
    last_failure         timestamp with time zone,
    consecutive_failures int,
    last_heartbeat       timestamp with time zone,
    version              bigint                   not null,
    priority             smallint,
    primary key (task_name, task_instance)
);
create index scheduled_tasks_execution_time_idx on scheduled_tasks (execution_time);
create index scheduled_tasks_last_heartbeat_idx on scheduled_tasks (last_heartbeat);
create index scheduled_tasks_priority_execution_time_idx on scheduled_tasks (priority desc, execution_time asc);
