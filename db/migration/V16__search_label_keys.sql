-- Search by label at size: every label key any decision on a sentence has carried (a curator's or
-- the final labels), kept on the sentence with a GIN index, so a search with a label filter combines
-- it with the words' index before ranking instead of probing each sentence the words find. It is a
-- superset: keys are added when a decision first carries them and never taken out, so concurrent
-- writes cannot lose one; search still checks each hit's own decisions exactly (whose labels the
-- viewer may read), the keys only narrow which sentences it looks at.
alter table sentence add column label_keys text[] not null default '{}';

update sentence s
set label_keys = k.keys
from (select sentence_id, array_agg(distinct key order by key) as keys
      from (select sentence_id, unnest(labels) as key from annotation
            union all
            select sentence_id, unnest(labels) from final_label) decided
      group by sentence_id) k
where s.id = k.sentence_id;

create index sentence_label_keys_idx on sentence using gin (label_keys);

-- Statement-level, so a bulk insert (an import with labels, a review taking over agreed labels)
-- updates each sentence once. A sentence already carrying the keys is not written at all, which is
-- the common case of a curator changing their mind. Under a concurrent write the row is re-read
-- before it is updated (READ COMMITTED), and the union is taken with the keys found there.
create function sentence_label_keys_add() returns trigger
    language plpgsql as
$$
begin
    update sentence s
    set label_keys = array(select distinct key from unnest(s.label_keys || n.keys) as key order by key)
    from (select sentence_id, array_agg(distinct key) as keys
          from decided, unnest(decided.labels) as key
          group by sentence_id) n
    where s.id = n.sentence_id
      and not s.label_keys @> n.keys;
    return null;
end;
$$;

create trigger annotation_label_keys_insert
    after insert on annotation referencing new table as decided
    for each statement execute function sentence_label_keys_add();
create trigger annotation_label_keys_update
    after update on annotation referencing new table as decided
    for each statement execute function sentence_label_keys_add();
create trigger final_label_label_keys_insert
    after insert on final_label referencing new table as decided
    for each statement execute function sentence_label_keys_add();
create trigger final_label_label_keys_update
    after update on final_label referencing new table as decided
    for each statement execute function sentence_label_keys_add();
