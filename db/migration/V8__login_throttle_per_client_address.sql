-- Failed sign-ins are counted per username and client address, so a guesser elsewhere can no longer
-- lock an account (the administrator's included) for everyone, and per client address over all
-- usernames, so one address cannot try many usernames. The former counts per username only are
-- dropped: they lived for minutes, and a lock they held would bar its user from every address.
drop table login_throttle;

create table login_throttle (
    username     varchar(200) not null,
    client       varchar(64)  not null,
    failures     integer      not null check (failures > 0),
    window_start timestamptz  not null,
    locked_until timestamptz,
    primary key (username, client)
);

create table login_address_throttle (
    client       varchar(64)  primary key,
    failures     integer      not null check (failures > 0),
    window_start timestamptz  not null,
    locked_until timestamptz
);
