-- Scheduled jobs run on one node at a time when several Tagbench nodes share this database:
-- ShedLock's lock row per job. Its columns are the layout ShedLock expects; with database time
-- it stores UTC in plain timestamps, so the nodes' clocks and time zones do not matter.
create table shedlock (
    name       varchar(64)  primary key,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null
);

-- Every run of a scheduled job: which node ran it, when, and how many rows it changed, so an
-- operator can see that a job ran once and not once per node.
create table job_run (
    id            bigint generated always as identity primary key,
    job           varchar(64)  not null,
    node          varchar(255) not null,
    started_at    timestamptz  not null default now(),
    finished_at   timestamptz,
    rows_affected integer      check (rows_affected >= 0),
    failure       text,
    check (finished_at is null or finished_at >= started_at)
);
create index job_run_job_idx on job_run (job, started_at desc);
