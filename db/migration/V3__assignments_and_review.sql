-- Several curators per article, submission, review and approval.

-- Who works on which article. A curator holds a slot from the first label (or "Next article") until
-- submitting; slots of curators inactive for too long go back to the pool.
create table assignment (
    article_id       bigint      not null references article (id) on delete cascade,
    user_id          bigint      not null references app_user (id) on delete cascade,
    status           varchar(12) not null check (status in ('ASSIGNED', 'SUBMITTED')),
    assigned_at      timestamptz not null default now(),
    assigned_by      bigint      references app_user (id) on delete set null,
    submitted_at     timestamptz,
    last_activity_at timestamptz not null default now(),
    primary key (article_id, user_id),
    check ((status = 'SUBMITTED') = (submitted_at is not null))
);
create index assignment_user_idx on assignment (user_id, status);
create index assignment_activity_idx on assignment (last_activity_at) where status = 'ASSIGNED';

-- Every change of an article's state: who, when, and the reviewer's comment on a rejection.
create table article_state_change (
    id         bigint generated always as identity primary key,
    article_id bigint      not null references article (id) on delete cascade,
    from_state varchar(16) not null,
    to_state   varchar(16) not null,
    changed_by bigint      references app_user (id) on delete set null,
    changed_at timestamptz not null default now(),
    comment    text
);
create index article_state_change_article_idx on article_state_change (article_id, id);

-- The review: who holds it, and the outcome.
alter table article add column reviewer_id bigint references app_user (id) on delete set null;
alter table article add column review_started_at timestamptz;
alter table article add column approved_by bigint references app_user (id) on delete set null;
alter table article add column approved_at timestamptz;
alter table article add constraint article_approval_check
    check ((state = 'APPROVED') = (approved_at is not null));

-- The reviewer's final labels per sentence (an empty array: explicitly no label).
create table final_label (
    sentence_id bigint      primary key references sentence (id) on delete cascade,
    labels      text[]      not null check (array_position(labels, null) is null),
    version     integer     not null default 1 check (version > 0),
    decided_by  bigint      references app_user (id) on delete set null,
    decided_at  timestamptz not null default now()
);

-- Reviewers' comments on sentences.
create table review_comment (
    id          bigint generated always as identity primary key,
    sentence_id bigint      not null references sentence (id) on delete cascade,
    author_id   bigint      not null references app_user (id) on delete cascade,
    body        text        not null check (length(btrim(body)) between 1 and 2000),
    created_at  timestamptz not null default now()
);
create index review_comment_sentence_idx on review_comment (sentence_id, id);

-- Blind annotation (the default): curators never see each other's labels nor who else annotates.
alter table project add column blind boolean not null default true;
