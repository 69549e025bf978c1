-- Sign-in matches emails exactly (a case-insensitive pattern made `_` and `%` wildcards); the
-- app has always stored them lower-cased, and this makes sure of it for accounts made by hand.
UPDATE "User" SET email = lower(btrim(email)) WHERE email <> lower(btrim(email));
