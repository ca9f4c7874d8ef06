-- Webhooks: a project's registered receivers, the outbox of deliveries (written in the transaction of
-- the event, so a delivery exists exactly when its event committed), every attempt with its answer,
-- and the table of the scheduler that delivers them (db-scheduler's layout, apart from the training
-- jobs' scheduled_tasks so that a long training never holds a delivery back).
-- Also: what the LLM suggester's answers left out, counted per project.

create table webhook (
    id               bigint generated always as identity primary key,
    project_id       bigint       not null references project (id) on delete cascade,
    url              varchar(2000) not null check (url ~ '^https?://'),
    events           text[]       not null check (cardinality(events) > 0 and events <@ array[
                         'article.submitted', 'article.approved', 'article.rejected', 'export.created']),
    -- The signing secret, encrypted with the node's secrets key (AES-GCM, 'v1:' and Base64).
    secret           varchar(200) not null check (secret like 'v1:%'),
    created_by       bigint       references app_user (id) on delete set null,
    created_at       timestamptz  not null default now()
);
create index webhook_project_idx on webhook (project_id);

-- One event for one webhook: the exact bytes every attempt sends, and where the delivery stands.
create table webhook_delivery (
    id          uuid         primary key,
    webhook_id  bigint       not null references webhook (id) on delete cascade,
    event       varchar(40)  not null,
    body        bytea        not null,
    created_at  timestamptz  not null default now(),
    state       varchar(10)  not null default 'PENDING' check (state in ('PENDING', 'DELIVERED', 'FAILED')),
    attempts    integer      not null default 0 check (attempts >= 0)
);
create index webhook_delivery_recent_idx on webhook_delivery (webhook_id, created_at desc);

-- Each attempt: when, the HTTP status (null when no answer came) or what went wrong, how long it took.
create table webhook_attempt (
    delivery_id uuid         not null references webhook_delivery (id) on delete cascade,
    attempt     integer      not null check (attempt >= 1),
    at          timestamptz  not null,
    status_code integer      check (status_code between 100 and 599),
    error       varchar(500),
    duration_ms integer      not null check (duration_ms >= 0),
    primary key (delivery_id, attempt),
    check (status_code is not null or error is not null)
);

create table webhook_tasks (
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
create index webhook_tasks_execution_time_idx on webhook_tasks (execution_time);
create index webhook_tasks_last_heartbeat_idx on webhook_tasks (last_heartbeat);
create index webhook_tasks_priority_execution_time_idx on webhook_tasks (priority desc, execution_time asc);

-- Answers of a suggester that were left out (not valid JSON, unknown labels), and the last reason.
alter table project_suggester
    add column ignored_answers bigint       not null default 0 check (ignored_answers >= 0),
    add column last_ignored    varchar(500),
    add column last_ignored_at timestamptz;
