-- Single sign-on with OpenID Connect. An account created or linked at a sign-in through the identity
-- provider keeps the provider's issuer and subject (its stable id for the person), so every later
-- sign-in finds the account by them, never by a name the provider may let people change. Such an
-- account may have no password: it then signs in only through the provider (and by API token).
alter table app_user
    add column sso_issuer  varchar(500),
    add column sso_subject varchar(255),
    add constraint app_user_sso_identity_complete check ((sso_issuer is null) = (sso_subject is null)),
    add constraint app_user_sso_identity_key unique (sso_issuer, sso_subject),
    alter column password_hash drop not null,
    add constraint app_user_signs_in_somehow check (password_hash is not null or sso_subject is not null);
