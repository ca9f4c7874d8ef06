-- The label history accepts every source of a change: V9 added SCHEMA (a label removed from a
-- project's schema) and V10 SUGGESTION (accepted suggestions), each rewriting the list without the
-- other's.
alter table annotation_history drop constraint annotation_history_source_check;
alter table annotation_history add constraint annotation_history_source_check
    check (source in ('UI', 'API', 'UNDO', 'SPLIT', 'MERGE', 'SUGGESTION', 'SCHEMA'));
