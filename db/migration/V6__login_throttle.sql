-- Failed sign-ins per username, so repeated guessing is slowed down on every node alike.
create table login_throttle (
    username     varchar(200) primary key,
    failures     integer      not null check (failures > 0),
    window_start timestamptz  not null,
    locked_until timestamptz
);
