-- Datasets that grow: each export records which split every article went to and which approval of
-- it was exported, so later exports keep those splits and two exports can be compared row by row;
-- an approval that is withdrawn for a correction keeps its rows, so older exports stay readable.

-- The language a project's texts are in, for the dataset card (BCP 47, e.g. en, uk, pt-BR).
alter table project add column language varchar(35) not null default 'en'
    check (language ~ '^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$');

-- Options beyond format, split and seed (a byte-order mark for spreadsheets), and what the export grew
-- from: the latest earlier export with the same split and seed, and how many articles it kept or placed.
alter table export_snapshot add column options jsonb not null default '{}' check (jsonb_typeof(options) = 'object');
alter table export_snapshot add column growth jsonb check (growth is null or jsonb_typeof(growth) = 'object');

-- The split and approval of every article of an export. No foreign key to article: the record names
-- what was exported, as article_ids does. Exports made before this table are recorded the first time
-- something needs them (their splits planned again from their article ids, as a download did).
create table export_snapshot_article (
    snapshot_id bigint      not null references export_snapshot (id) on delete cascade,
    article_id  bigint      not null,
    split       varchar(10) not null check (split in ('train', 'validation', 'test')),
    approved_at timestamptz not null,
    primary key (snapshot_id, article_id)
);
create index export_snapshot_article_article_idx on export_snapshot_article (article_id);

-- The exported rows of an approval that a manager withdrew (the article went back to review): the
-- same delimited values the export reads live, keyed by the approval's time. No foreign key to
-- sentence: a later split or merge may remove it, the archived row still names it.
create table approval_archive (
    article_id     bigint      not null references article (id) on delete cascade,
    approved_at    timestamptz not null,
    sentence_id    bigint      not null,
    idx            integer     not null check (idx >= 0),
    start_offset   integer     not null check (start_offset >= 0),
    end_offset     integer     not null check (end_offset > start_offset),
    text           text        not null,
    labels         text        not null,
    curator_names  text,
    curator_labels text,
    reviewer       varchar(64),
    primary key (article_id, approved_at, sentence_id)
);
