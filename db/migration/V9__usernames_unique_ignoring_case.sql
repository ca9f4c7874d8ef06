-- Usernames are unique ignoring case, so 'Admin' can no longer stand beside 'admin', and sign-in
-- finds an account whatever the case typed. Accounts that already differ only in case are kept with
-- everything they did: the oldest keeps its name, each later one is renamed to <name>-<id>
-- (shortened to fit), and a notice names every renaming. Renamed accounts keep their password.
do $$
declare
    later   record;
    renamed varchar(64);
    attempt integer;
begin
    for later in
        select u.id, u.username from app_user u
        where exists (select 1 from app_user older
                      where lower(older.username) = lower(u.username) and older.id < u.id)
        order by u.id
    loop
        attempt := 1;
        loop
            renamed := left(later.username, 63 - length(later.id::text) - case when attempt > 1 then 1 + length(attempt::text) else 0 end)
                       || '-' || later.id || case when attempt > 1 then '-' || attempt else '' end;
            exit when not exists (select 1 from app_user where lower(username) = lower(renamed));
            attempt := attempt + 1;
        end loop;
        update app_user set username = renamed, version = version + 1 where id = later.id;
        raise notice 'Account % (id %) renamed to %: its username differed only in case from an older account',
            later.username, later.id, renamed;
    end loop;
end
$$;

create unique index app_user_username_lower_key on app_user (lower(username));
