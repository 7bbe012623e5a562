-- The dateline store: one SQLite database in WAL mode, written by `dateline ingest` (one
-- writer, one transaction per batch of articles) and read by `dateline serve`.
-- Its version is PRAGMA user_version (`store::SCHEMA_VERSION`); `Store::open` refuses
-- a store of another version.
--
-- Dates are `YYYY-MM-DD` text (NULL when the article has none), so they sort and compare
-- as days and `strftime` buckets them. Offsets (`start`, `end`) are byte offsets into
-- `articles.text`, as in the JSON contract (docs/contract.md). An actor code, country or
-- place that the article does not give is NULL, never ''.

-- One row per stored article.
CREATE TABLE articles (
    id INTEGER PRIMARY KEY,          -- the store id (`/api/articles/{id}`)
    hash BLOB NOT NULL UNIQUE,       -- SHA-256 of the text: an article whose hash is here is skipped
    input_id TEXT NOT NULL,          -- the id the input gave it (not unique across inputs)
    date TEXT,
    title TEXT,
    url TEXT,
    source TEXT,
    dateline_place TEXT,
    dateline_agency TEXT,
    tone REAL NOT NULL,              -- GDELT's AvgTone of the whole article
    text TEXT NOT NULL,              -- the body all offsets point into, stored once
    record BLOB NOT NULL             -- the article as `dateline extract` writes it, with
                                     -- "text":"" (the text is the column above), deflated
);

-- Full text of title and body; external content: the text lives in `articles` only.
-- Ingest inserts the row here in the same transaction as the article.
CREATE VIRTUAL TABLE articles_fts USING fts5 (
    title, text, content = 'articles', content_rowid = 'id'
);

-- One row per CAMEO event (each with the article's date and tone, so the timeline and
-- the filters read this table alone).
CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    article INTEGER NOT NULL REFERENCES articles (id),
    date TEXT,
    source TEXT,                     -- actor code (`RUSMIL`)
    source_text TEXT NOT NULL,       -- how the text names it
    target TEXT,
    target_text TEXT NOT NULL,
    code TEXT NOT NULL,              -- CAMEO code (`193`)
    root TEXT NOT NULL,              -- its root (`19`)
    quad INTEGER NOT NULL,           -- QuadClass 1-4
    goldstein REAL NOT NULL,
    tone REAL NOT NULL,              -- the article's tone
    place_name TEXT,                 -- the gazetteer's name of where it happened
    place_country TEXT,              -- ISO 3166 alpha-2
    lat REAL,
    lon REAL,
    start INTEGER NOT NULL,          -- the evidence span
    end INTEGER NOT NULL,
    evidence TEXT NOT NULL,
    rule TEXT NOT NULL,              -- the lexicon entry that fired
    is_root INTEGER NOT NULL,        -- 1 when reported in the lead (GDELT's IsRootEvent)
    mentions INTEGER NOT NULL        -- times the article reports it
);

-- One row per direct quotation.
CREATE TABLE quotes (
    id INTEGER PRIMARY KEY,
    article INTEGER NOT NULL REFERENCES articles (id),
    date TEXT,
    speaker TEXT,                    -- the speaker's name as written
    speaker_actor TEXT,              -- its actor code
    text TEXT NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL
);
CREATE INDEX quotes_by_date ON quotes (date);

-- Words of the quotations and of their speakers' names (`speaker: putin`).
CREATE VIRTUAL TABLE quotes_fts USING fts5 (
    text, speaker, content = 'quotes', content_rowid = 'id'
);

-- Facets and filters of the search: each distinct actor code (of entities, speakers and
-- events), place country (ISO alpha-2) and theme of an article, once. The server reads
-- these, like the events' narrow columns, into memory in id order (`serve`'s facts) and
-- filters and counts there, so no index by actor, code, country, theme or date is kept:
-- each would cost ingest time and space and answer nothing.
CREATE TABLE article_actors (
    article INTEGER NOT NULL REFERENCES articles (id),
    actor TEXT NOT NULL,
    PRIMARY KEY (article, actor)
) WITHOUT ROWID;

CREATE TABLE article_countries (
    article INTEGER NOT NULL REFERENCES articles (id),
    country TEXT NOT NULL,
    PRIMARY KEY (article, country)
) WITHOUT ROWID;

CREATE TABLE article_themes (
    article INTEGER NOT NULL REFERENCES articles (id),
    theme TEXT NOT NULL,
    PRIMARY KEY (article, theme)
) WITHOUT ROWID;
