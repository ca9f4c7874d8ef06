-- Search and history: full text over the text curators read, the reviewers' final-label history,
-- a manager's search turned into suggestions, and indexes that keep history reads and the project
-- activity feed off full scans.

-- Words, phrases and stems of each sentence's clean text; kept by PostgreSQL on every insert and edit.
alter table sentence add column search_vector tsvector
    generated always as (to_tsvector('english', clean_text)) stored;
create index sentence_search_idx on sentence using gin (search_vector);

-- Every change of a sentence's final labels: who, when, before and after, and where it came from
-- (a reviewer's decision, the curators' agreement taken over when review starts, a labelled import,
-- a label removed from the schema). Like annotation_history it keeps the sentence id without a
-- foreign key, so the history of a sentence merged away survives, and it is append-only.
create table final_label_history (
    id            bigint generated always as identity primary key,
    sentence_id   bigint      not null,
    changed_by    bigint      references app_user (id) on delete set null,
    changed_at    timestamptz not null default now(),
    labels_before text[],
    labels_after  text[],
    source        varchar(16) not null check (source in ('REVIEW', 'AGREED', 'IMPORT', 'SCHEMA')),
    check (labels_before is not null or labels_after is not null)
);
create index final_label_history_sentence_idx on final_label_history (sentence_id, changed_at);
create index final_label_history_changed_idx on final_label_history (changed_at);

create function history_append_only() returns trigger
    language plpgsql as
$$
begin
    -- A deleted account's name is taken out by its foreign key's action, one trigger level deeper.
    if pg_trigger_depth() > 1 then
        return case when tg_op = 'DELETE' then old else new end;
    end if;
    raise exception '% is append-only', tg_table_name;
end;
$$;

create trigger final_label_history_no_change
    before update or delete on final_label_history
    for each row execute function history_append_only();

-- The latest changes first, for the project activity feed.
create index annotation_history_changed_idx on annotation_history (changed_at);
create index article_state_change_changed_idx on article_state_change (changed_at);
create index sentence_edit_changed_idx on sentence_edit (edited_at);
-- Splits and merges that touched a sentence, from either side.
create index sentence_edit_sentence_idx on sentence_edit (sentence_id);
create index sentence_edit_other_idx on sentence_edit (other_id);

-- A manager's search turned into suggestions of a label: the "search" suggester offers them to
-- curators like any other suggestion; they never become labels by themselves.
create table search_suggestion (
    sentence_id bigint        not null references sentence (id) on delete cascade,
    label_key   varchar(64)   not null,
    project_id  bigint        not null references project (id) on delete cascade,
    query       varchar(1000) not null,
    created_by  bigint        references app_user (id) on delete set null,
    created_at  timestamptz   not null default now(),
    primary key (sentence_id, label_key)
);
create index search_suggestion_project_idx on search_suggestion (project_id, label_key);
