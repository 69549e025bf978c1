-- Kazakh search. PostgreSQL has no Kazakh stemmer, so this is one in PL/pgSQL (the same on
-- PostgreSQL and PGlite): Kazakh is agglutinative and regular, so stripping endings from the
-- end of a word (case, then possessive, then plural, each allomorph only where Kazakh spelling
-- puts it) leaves the stem. A Kazakh article's or page's document holds these stems; Russian
-- ones keep the `russian` configuration. Hand-written, like the other search documents.

-- Cyrillic lower case without the database's locale (a C-locale server lowers ASCII only).
CREATE FUNCTION vestnik_kk_lower(txt text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT translate(txt, 'АӘБВГҒДЕЁЖЗИЙКҚЛМНҢОӨПРСТУҰҮФХҺЦЧШЩЪЫІЬЭЮЯ', 'аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя')
$$;

-- The endings, longest first: {ending, letters the rest may end in ('*': any), the rest's
-- shortest length, letters the rest's last but one may be ('': any), 'b'ack or 'f'ront vowel}.
-- Letter classes: vowels аәеёоөұүыіэюя; voiced лмнңжзруйиь (у, и, й act as consonants);
-- voiceless бвгғдкқпстфхцчшщ (Kazakh writes the voiceless form after б, в, г, д too).
CREATE FUNCTION vestnik_kk_endings() RETURNS text[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT ARRAY[
    -- instrumental, long form (no harmony: -мен follows back vowels too)
    ['менен', 'аәеёоөұүыіэюялмнңруйиь', '3', '', ''], ['бенен', 'жзмнң', '3', '', ''], ['пенен', 'бвгғдкқпстфхцчшщ', '3', '', ''],
    -- locative + -ғы: "of the place" (Павлодардағы)
    ['ндағы', 'ы', '3', '', 'b'], ['ндегі', 'і', '3', '', 'f'],
    ['дағы', 'аәеёоөұүыіэюялмнңжзруйиь', '3', '', 'b'], ['дегі', 'аәеёоөұүыіэюялмнңжзруйиь', '3', '', 'f'],
    ['тағы', 'бвгғдкқпстфхцчшщ', '3', '', 'b'], ['тегі', 'бвгғдкқпстфхцчшщ', '3', '', 'f'],
    -- possessive after a consonant: 2nd person polite, 1st plural
    ['ыңыз', 'бвгғджзйкқлмнңпрстуфхһцчшщиьъ', '3', '', 'b'], ['іңіз', 'бвгғджзйкқлмнңпрстуфхһцчшщиьъ', '3', '', 'f'],
    ['ымыз', 'бвгғджзйкқлмнңпрстуфхһцчшщиьъ', '3', '', 'b'], ['іміз', 'бвгғджзйкқлмнңпрстуфхһцчшщиьъ', '3', '', 'f'],
    -- plural
    ['лар', 'аәеёоөұүыіэюяруйи', '3', '', 'b'], ['лер', 'аәеёоөұүыіэюяруйи', '3', '', 'f'],
    ['дар', 'лмнңжз', '3', '', 'b'], ['дер', 'лмнңжз', '3', '', 'f'],
    ['тар', 'бвгғдкқпстфхцчшщ', '3', '', 'b'], ['тер', 'бвгғдкқпстфхцчшщ', '3', '', 'f'],
    -- genitive
    ['ның', 'аәеёоөұүыіэюямнң', '3', '', 'b'], ['нің', 'аәеёоөұүыіэюямнң', '3', '', 'f'],
    ['дың', 'жзлруйиь', '3', '', 'b'], ['дің', 'жзлруйиь', '3', '', 'f'],
    ['тың', 'бвгғдкқпстфхцчшщ', '3', '', 'b'], ['тің', 'бвгғдкқпстфхцчшщ', '3', '', 'f'],
    -- locative and ablative after the 3rd person possessive (қаласында, қаласынан)
    ['нда', 'ы', '3', '', 'b'], ['нде', 'і', '3', '', 'f'],
    -- ablative
    ['дан', 'аәеёоөұүыіэюяжзлруйиь', '3', '', 'b'], ['ден', 'аәеёоөұүыіэюяжзлруйиь', '3', '', 'f'],
    ['нан', 'мнңы', '3', '', 'b'], ['нен', 'мнңі', '3', '', 'f'],
    ['тан', 'бвгғдкқпстфхцчшщ', '3', '', 'b'], ['тен', 'бвгғдкқпстфхцчшщ', '3', '', 'f'],
    -- instrumental
    ['мен', 'аәеёоөұүыіэюялмнңруйиь', '3', '', ''], ['бен', 'жзмнң', '3', '', ''], ['пен', 'бвгғдкқпстфхцчшщ', '3', '', ''],
    -- possessive after a vowel: 2nd person polite, 1st plural; predicative 1st plural
    ['ңыз', 'аәеёоөұүыіэюя', '3', '', 'b'], ['ңіз', 'аәеёоөұүыіэюя', '3', '', 'f'],
    ['мыз', 'аәеёоөұүыіэюя', '3', '', 'b'], ['міз', 'аәеёоөұүыіэюя', '3', '', 'f'],
    ['быз', 'мнңжз', '3', '', 'b'], ['біз', 'мнңжз', '3', '', 'f'],
    ['пыз', 'бвгғдкқпстфхцчшщ', '3', '', 'b'], ['піз', 'бвгғдкқпстфхцчшщ', '3', '', 'f'],
    -- "without" (жұмыссыз), 2nd person polite predicate
    ['сыз', '*', '3', '', 'b'], ['сіз', '*', '3', '', 'f'],
    -- predicative 1st and 2nd person singular
    ['мын', 'аәеёоөұүыіэюялмнңжзруйи', '3', '', 'b'], ['мін', 'аәеёоөұүыіэюялмнңжзруйи', '3', '', 'f'],
    ['бын', 'мнңжз', '3', '', 'b'], ['бін', 'мнңжз', '3', '', 'f'],
    ['пын', 'бвгғдкқпстфхцчшщ', '3', '', 'b'], ['пін', 'бвгғдкқпстфхцчшщ', '3', '', 'f'],
    ['сың', '*', '3', '', 'b'], ['сің', '*', '3', '', 'f'],
    -- similative "like" (баладай)
    ['дай', 'аәеёоөұүыіэюялмнңжзруйиь', '3', '', 'b'], ['дей', 'аәеёоөұүыіэюялмнңжзруйиь', '3', '', 'f'],
    ['тай', 'бвгғдкқпстфхцчшщ', '3', '', 'b'], ['тей', 'бвгғдкқпстфхцчшщ', '3', '', 'f'],
    -- dative
    ['ға', 'аәеёоөұүыіэюялмнңжзруйиь', '3', '', 'b'], ['ге', 'аәеёоөұүыіэюялмнңжзруйиь', '3', '', 'f'],
    ['қа', 'бвгғдкқпстфхцчшщ', '3', '', 'b'], ['ке', 'бвгғдкқпстфхцчшщ', '3', '', 'f'],
    ['на', 'ы', '3', '', 'b'], ['не', 'і', '3', '', 'f'],
    -- locative
    ['да', 'аәеёоөұүыіэюялмнңжзруйиь', '3', '', 'b'], ['де', 'аәеёоөұүыіэюялмнңжзруйиь', '3', '', 'f'],
    ['та', 'бвгғдкқпстфхцчшщ', '3', '', 'b'], ['те', 'бвгғдкқпстфхцчшщ', '3', '', 'f'],
    -- accusative
    ['ны', 'аәеёоөұүыіэюя', '3', '', 'b'], ['ні', 'аәеёоөұүыіэюя', '3', '', 'f'],
    ['ды', 'лмнңжзруйиь', '3', '', 'b'], ['ді', 'лмнңжзруйиь', '3', '', 'f'],
    ['ты', 'бвгғдкқпстфхцчшщ', '3', '', 'b'], ['ті', 'бвгғдкқпстфхцчшщ', '3', '', 'f'],
    -- possessive 1st and 2nd person singular after a consonant (a short stem keeps them: адам, білім)
    ['ым', 'бвгғджзйкқлмнңпрстуфхһцчшщиьъ', '4', '', 'b'], ['ім', 'бвгғджзйкқлмнңпрстуфхһцчшщиьъ', '4', '', 'f'],
    ['ың', 'бвгғджзйкқлмнңпрстуфхһцчшщиьъ', '4', '', 'b'], ['ің', 'бвгғджзйкқлмнңпрстуфхһцчшщиьъ', '4', '', 'f'],
    -- possessive 3rd person after a vowel (not after ы, і: жұмысы is жұмыс + ы)
    ['сы', 'аәеёоөұүэюя', '3', '', 'b'], ['сі', 'аәеёоөұүэюя', '3', '', 'f'],
    -- manner (қазақша)
    ['ша', '*', '4', '', 'b'], ['ше', '*', '4', '', 'f'],
    -- possessive 3rd person after a consonant
    ['ы', 'бвгғджзйкқлмнңпрстуфхһцчшщиьъ', '3', '', 'b'], ['і', 'бвгғджзйкқлмнңпрстуфхһцчшщиьъ', '3', '', 'f'],
    -- possessive 1st and 2nd person singular after a vowel (not ы, і: білім is a word)
    ['м', 'аәеёоөұүэюя', '4', '', ''], ['ң', 'аәеёоөұүэюя', '4', '', ''],
    -- accusative after the 3rd person possessive (жолын, қаласын)
    ['н', 'ыі', '4', '', ''],
    -- dative after the 1st and 2nd person singular possessive (үйіме, қалаңа)
    ['а', 'мң', '4', 'аәеёоөұүыіэюя', 'b'], ['е', 'мң', '4', 'аәеёоөұүыіэюя', 'f']
  ]
$$;

-- Two-letter stems that keep their endings apart (ел → елде); any other stem is three letters at least.
CREATE FUNCTION vestnik_kk_short_stems() RETURNS text[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT ARRAY['ел', 'үй', 'су', 'ай', 'іс', 'ән', 'ой', 'ұл', 'ту', 'от', 'ат', 'ет', 'ас', 'ер']
$$;

-- Names whose own last letters look like an ending (Өске + мен, Қазақ + стан).
CREATE FUNCTION vestnik_kk_whole_words() RETURNS text[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT ARRAY['өскемен', 'қазақстан', 'өзбекстан', 'қырғызстан', 'тәжікстан', 'түрікменстан', 'ауғанстан',
    'пәкістан', 'үндістан', 'түркістан', 'дағыстан', 'татарстан', 'майдан']
$$;

-- Stems whose second vowel drops before a possessive (халық → халқы): the dropped form → the word.
CREATE FUNCTION vestnik_kk_elided() RETURNS text[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT ARRAY[['халқ', 'халық'], ['орн', 'орын'], ['ауз', 'ауыз'], ['мұрн', 'мұрын'], ['ерн', 'ерін'],
    ['қойн', 'қойын'], ['ырқ', 'ырық'], ['көрк', 'көрік'], ['бөрк', 'бөрік'], ['ғұрп', 'ғұрып']]
$$;

-- What is left of a lower-cased word without the longest ending that fits its end; and, where
-- that ending is -ны or -сы, also without a 3rd person possessive -ы (ауданы, облысы).
CREATE FUNCTION vestnik_kk_without_ending(w text) RETURNS text[]
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
DECLARE
  ending text[];
  rest text;
  rest_vowel text;
  rests text[] := '{}';
  first_ending text;
BEGIN
  FOREACH ending SLICE 1 IN ARRAY vestnik_kk_endings() LOOP
    CONTINUE WHEN right(w, length(ending[1])) <> ending[1];
    rest := left(w, length(w) - length(ending[1]));
    CONTINUE WHEN length(rest) < ending[3]::int AND NOT (length(rest) = 2 AND rest = ANY (vestnik_kk_short_stems()));
    CONTINUE WHEN ending[2] <> '*' AND strpos(ending[2], right(rest, 1)) = 0;
    CONTINUE WHEN ending[4] <> '' AND strpos(ending[4], substr(rest, length(rest) - 1, 1)) = 0;
    CONTINUE WHEN rest !~ '[аәеёиоөуұүыіэюя]';
    -- Vowel harmony: the ending's vowel follows the stem's last vowel (и, у go either way),
    -- except after к and г, which take front endings in loanwords too (банкке).
    IF ending[5] <> '' AND right(rest, 1) NOT IN ('к', 'г') THEN
      rest_vowel := substring(rest FROM '([аәеёоөұүыіэюя])[^аәеёоөұүыіэюя]*$');
      CONTINUE WHEN ending[5] = 'b' AND strpos('әеөүіэ', rest_vowel) > 0;
      CONTINUE WHEN ending[5] = 'f' AND strpos('аоұыяюё', rest_vowel) > 0;
    END IF;
    IF cardinality(rests) = 0 THEN
      first_ending := ending[1];
      rests := ARRAY[rest];
    ELSIF first_ending IN ('ны', 'ні', 'сы', 'сі') AND ending[1] IN ('ы', 'і') THEN
      RETURN rests || rest;
    END IF;
  END LOOP;
  RETURN rests;
END
$$;

-- A word left without endings as the stem: a final п, к, қ is voiced before a vowel
-- (мектеп → мектебі), so the stem has the voiceless one; elided vowels come back (халқы).
CREATE FUNCTION vestnik_kk_base(w text) RETURNS text
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
DECLARE
  base text := CASE right(w, 1) WHEN 'б' THEN left(w, -1) || 'п' WHEN 'г' THEN left(w, -1) || 'к' WHEN 'ғ' THEN left(w, -1) || 'қ' ELSE w END;
  pair text[];
BEGIN
  FOREACH pair SLICE 1 IN ARRAY vestnik_kk_elided() LOOP
    IF base = pair[1] THEN
      RETURN pair[2];
    END IF;
  END LOOP;
  RETURN base;
END
$$;

-- Every stem a word may have, the likeliest first: endings are stripped from the end (case,
-- then possessive, then plural) until none fits. Where two endings fit, both readings are
-- followed: ауданы is аудан + ы, but баланы is бала + ны. A word that is not Kazakh
-- (numbers, Latin) is its own stem.
CREATE FUNCTION vestnik_kk_stems(word text) RETURNS text[]
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
DECLARE
  w text := vestnik_kk_lower(word);
  todo text[];
  seen text[] := '{}';
  stems text[] := '{}';
  rests text[];
  base text;
BEGIN
  IF w !~ '^[а-яёәғқңөұүһі]+$' THEN
    RETURN ARRAY[lower(w)];
  END IF;
  todo := ARRAY[w];
  -- Depth first, longest ending first: the first stem found strips the longest endings.
  WHILE cardinality(todo) > 0 AND cardinality(seen) < 32 LOOP
    w := todo[1];
    todo := todo[2:];
    CONTINUE WHEN w = ANY (seen);
    seen := seen || w;
    rests := CASE WHEN w = ANY (vestnik_kk_whole_words()) THEN '{}' ELSE vestnik_kk_without_ending(w) END;
    IF cardinality(rests) > 0 THEN
      todo := rests || todo;
    ELSE
      base := vestnik_kk_base(w);
      IF NOT base = ANY (stems) THEN
        stems := stems || base;
      END IF;
    END IF;
  END LOOP;
  RETURN stems;
END
$$;

-- The likeliest stem of one word: «Павлодарда» → «павлодар», «Ертістің» → «ертіс».
CREATE FUNCTION vestnik_kk_stem(word text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT (vestnik_kk_stems(word))[1]
$$;

-- Text with every Kazakh word replaced by its stem; everything else kept.
CREATE FUNCTION vestnik_kk_stem_text(txt text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT coalesce(string_agg(m[1] || vestnik_kk_stem(m[2]), '' ORDER BY n), '')
  FROM regexp_matches(vestnik_kk_lower(txt), '([^а-яёәғқңөұүһі]*)([а-яёәғқңөұүһі]*)', 'g') WITH ORDINALITY AS r(m, n)
$$;

-- The forms a stem takes in text, for marking hits: мектеп is also мектеб(і), халық халқ(ы).
CREATE FUNCTION vestnik_kk_stem_forms(stem text) RETURNS text[]
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
DECLARE
  forms text[] := ARRAY[stem];
  pair text[];
BEGIN
  forms := forms || CASE right(stem, 1) WHEN 'п' THEN left(stem, -1) || 'б' WHEN 'к' THEN left(stem, -1) || 'г'
    WHEN 'қ' THEN left(stem, -1) || 'ғ' END;
  FOREACH pair SLICE 1 IN ARRAY vestnik_kk_elided() LOOP
    IF pair[2] = stem THEN
      forms := forms || pair[1];
    END IF;
  END LOOP;
  RETURN array_remove(forms, NULL);
END
$$;

-- A lexeme as tsvector and tsquery input read it.
CREATE FUNCTION vestnik_ts_quote(lexeme text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT '''' || replace(replace(lexeme, '\', '\\'), '''', '''''') || ''''
$$;

-- The stems of a lexeme of the `simple` configuration: a Kazakh word's readings; in anything
-- else (Усть-Каменогорск, 2024жылы), each run of Cyrillic letters stemmed.
CREATE FUNCTION vestnik_kk_lexeme_stems(lexeme text) RETURNS text[]
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT CASE WHEN vestnik_kk_lower(lexeme) ~ '^[а-яёәғқңөұүһі]+$' THEN vestnik_kk_stems(lexeme)
    ELSE ARRAY[vestnik_kk_stem_text(lexeme)] END
$$;

-- A Kazakh document: the words as the `simple` configuration finds them, at their positions,
-- each replaced by its stems (each distinct word is stemmed once).
CREATE FUNCTION vestnik_kk_tsvector(txt text, weight "char") RETURNS tsvector
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT setweight(coalesce(string_agg(vestnik_ts_quote(stem) || ':' || array_to_string(positions, ','), ' ')::tsvector, ''::tsvector), weight)
  FROM unnest(to_tsvector('simple'::regconfig, txt)), unnest(vestnik_kk_lexeme_stems(lexeme)) AS stem
$$;

-- A reader's query against Kazakh documents: every word required, as any of its stems.
-- Anything typed is accepted; a query without words matches nothing (with a notice, as
-- websearch_to_tsquery gives one).
CREATE FUNCTION vestnik_kk_tsquery(q text) RETURNS tsquery
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT coalesce(string_agg(stems, ' & '), '')::tsquery
  FROM (
    SELECT '(' || (SELECT string_agg(vestnik_ts_quote(stem), ' | ') FROM unnest(vestnik_kk_lexeme_stems(lexeme)) stem) || ')' AS stems
    FROM unnest(to_tsvector('simple'::regconfig, q))
  ) words
$$;

-- Every word's stems as prefixes, in any of their written forms, every word required: it
-- matches the inflected words themselves, so ts_headline (`simple`) marks them, and it is the
-- prefix fallback for Kazakh documents.
CREATE FUNCTION vestnik_kk_prefix_tsquery(q text) RETURNS tsquery
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT coalesce(string_agg(forms, ' & '), '')::tsquery
  FROM (
    SELECT '(' || (
      SELECT string_agg(vestnik_ts_quote(form) || ':*', ' | ')
      FROM unnest(vestnik_kk_lexeme_stems(lexeme)) stem, unnest(vestnik_kk_stem_forms(stem)) form
    ) || ')' AS forms
    FROM unnest(to_tsvector('simple'::regconfig, q))
  ) words
$$;

-- Kazakh articles' and pages' documents: the same weights as the Russian ones, of stems.
CREATE FUNCTION vestnik_kk_article_search_vector(title text, lead text, body_html text) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT vestnik_kk_tsvector(title, 'A') || vestnik_kk_tsvector(lead, 'B') ||
         vestnik_kk_tsvector(regexp_replace(body_html, '<[^>]*>', ' ', 'g'), 'C')
$$;

CREATE FUNCTION vestnik_kk_article_search_head(title text, lead text) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT vestnik_kk_tsvector(title, 'A') || vestnik_kk_tsvector(lead, 'B')
$$;

CREATE FUNCTION vestnik_kk_page_search_vector(title text, body_html text) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT vestnik_kk_tsvector(title, 'A') || vestnik_kk_tsvector(regexp_replace(body_html, '<[^>]*>', ' ', 'g'), 'C')
$$;

-- Each row is indexed in its language; a row that changes language is indexed again.
CREATE OR REPLACE FUNCTION vestnik_article_search_vector_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."language" = 'kk' THEN
    NEW."searchVector" := vestnik_kk_article_search_vector(NEW."title", NEW."lead", NEW."bodyHtml");
    NEW."searchHead" := vestnik_kk_article_search_head(NEW."title", NEW."lead");
  ELSE
    NEW."searchVector" := vestnik_article_search_vector(NEW."title", NEW."lead", NEW."bodyHtml");
    NEW."searchHead" := vestnik_article_search_head(NEW."title", NEW."lead");
  END IF;
  RETURN NEW;
END
$$;

DROP TRIGGER "Article_searchVector" ON "Article";
CREATE TRIGGER "Article_searchVector"
  BEFORE INSERT OR UPDATE OF "title", "lead", "bodyHtml", "language" ON "Article"
  FOR EACH ROW EXECUTE FUNCTION vestnik_article_search_vector_trigger();

CREATE OR REPLACE FUNCTION vestnik_page_search_vector_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."language" = 'kk' THEN
    NEW."searchVector" := vestnik_kk_page_search_vector(NEW."title", NEW."bodyHtml");
  ELSE
    NEW."searchVector" := vestnik_page_search_vector(NEW."title", NEW."bodyHtml");
  END IF;
  RETURN NEW;
END
$$;

DROP TRIGGER "Page_searchVector" ON "Page";
CREATE TRIGGER "Page_searchVector"
  BEFORE INSERT OR UPDATE OF "title", "bodyHtml", "language" ON "Page"
  FOR EACH ROW EXECUTE FUNCTION vestnik_page_search_vector_trigger();

UPDATE "Article" SET "searchVector" = vestnik_kk_article_search_vector("title", "lead", "bodyHtml"),
  "searchHead" = vestnik_kk_article_search_head("title", "lead")
WHERE "language" = 'kk';

UPDATE "Page" SET "searchVector" = vestnik_kk_page_search_vector("title", "bodyHtml") WHERE "language" = 'kk';
