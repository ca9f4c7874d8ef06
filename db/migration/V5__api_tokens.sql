-- Personal API tokens: only a SHA-256 of each token is stored; the token is shown once, on creation.
create table api_token (
    id           bigint generated always as identity primary key,
    user_id      bigint       not null references app_user (id) on delete cascade,
    name         varchar(100) not null check (length(btrim(name)) > 0),
    token_hash   char(64)     not null unique check (token_hash ~ '^[0-9a-f]{64}$'),
    prefix       varchar(12)  not null,
    created_at   timestamptz  not null default now(),
    last_used_at timestamptz,
    revoked_at   timestamptz
);
create index api_token_user_idx on api_token (user_id);
