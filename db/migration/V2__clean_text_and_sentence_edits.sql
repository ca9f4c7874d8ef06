-- Sentences get the normalised text curators read and datasets contain (NFC, invisible characters
-- out, whitespace collapsed); the exact substring stays in sentence.text.
alter table sentence add column clean_text text;
update sentence set clean_text = regexp_replace(btrim(text), '\s+', ' ', 'g');
alter table sentence alter column clean_text set not null;
alter table sentence add constraint sentence_clean_text_check check (length(clean_text) > 0);

-- Managers split and merge sentences; indexes shift inside one transaction, so uniqueness is
-- checked at commit.
alter table sentence drop constraint sentence_article_id_idx_key;
alter table sentence add constraint sentence_article_id_idx_key unique (article_id, idx) deferrable initially immediate;

-- History must outlive a sentence merged away, so it keeps the sentence id without a foreign key.
alter table annotation_history drop constraint annotation_history_sentence_id_fkey;
alter table annotation_history drop constraint annotation_history_source_check;
alter table annotation_history add constraint annotation_history_source_check
    check (source in ('UI', 'API', 'UNDO', 'SPLIT', 'MERGE'));

-- Every split and merge: who, when, which sentences, where.
create table sentence_edit (
    id              bigint generated always as identity primary key,
    article_id      bigint      not null references article (id) on delete cascade,
    kind            varchar(8)  not null check (kind in ('SPLIT', 'MERGE')),
    sentence_id     bigint      not null,
    other_id        bigint      not null,
    at_offset       integer     not null check (at_offset >= 0),
    edited_by       bigint      not null references app_user (id) on delete cascade,
    edited_at       timestamptz not null default now()
);
create index sentence_edit_article_idx on sentence_edit (article_id, edited_at);
