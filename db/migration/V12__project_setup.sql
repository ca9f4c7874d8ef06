-- Managers set projects up in the browser: guidelines per project, archiving a finished project,
-- and every version of a project's annotation scheme (labels and guidelines) kept, so the schema
-- version an export records names exactly what the labels meant.

alter table project add column guidelines text not null default ''
    check (length(guidelines) <= 100000);
-- An archived project is hidden from curators and reviewers; nothing of it is deleted.
alter table project add column archived_at timestamptz;

-- Saving a schema reorders labels and moves hotkeys between them in one transaction, so these
-- uniques are checked at commit.
alter table label drop constraint label_project_id_hotkey_key;
alter table label add constraint label_project_id_hotkey_key
    unique (project_id, hotkey) deferrable initially deferred;
alter table label drop constraint label_project_id_position_key;
alter table label add constraint label_project_id_position_key
    unique (project_id, position) deferrable initially deferred;

-- Removing a label from the schema removes it from curators' decisions; the history says why.
alter table annotation_history drop constraint annotation_history_source_check;
alter table annotation_history add constraint annotation_history_source_check
    check (source in ('UI', 'API', 'UNDO', 'SPLIT', 'MERGE', 'SUGGESTION', 'SCHEMA'));

-- Each version of a project's scheme as it was saved: who, when, the labels in order, the
-- guidelines, and how many uses of removed labels went with the change.
create table project_schema_version (
    project_id     bigint      not null references project (id) on delete cascade,
    schema_version integer     not null check (schema_version > 0),
    changed_by     bigint      references app_user (id) on delete set null,
    changed_at     timestamptz not null default now(),
    labels         jsonb       not null check (jsonb_typeof(labels) = 'array'),
    guidelines     text        not null,
    removed_uses   jsonb       not null default '[]' check (jsonb_typeof(removed_uses) = 'array'),
    primary key (project_id, schema_version)
);

-- Existing projects: their current scheme is the first version on record.
insert into project_schema_version (project_id, schema_version, labels, guidelines)
select p.id,
       p.schema_version,
       coalesce((select jsonb_agg(jsonb_build_object('key', l.key, 'name', l.name, 'color', l.color,
                                                     'hotkey', l.hotkey, 'description', l.description)
                                  order by l.position)
                 from label l
                 where l.project_id = p.id), '[]'::jsonb),
       p.guidelines
from project p;
