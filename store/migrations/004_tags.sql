-- Tags, story identity and the editors' tag corrections (process/tag).

-- Topics on a draft: IPTC Media Topic QCodes with who assigned them.
CREATE TABLE draft_topics (
    draft  bigint NOT NULL REFERENCES drafts (id) ON DELETE CASCADE,
    code   text NOT NULL,  -- "medtop:20000599"
    label  text NOT NULL DEFAULT '', -- in the draft's language; '' for an editor's addition (the desk shows the vocabulary label)
    score  real NOT NULL,
    source text NOT NULL CHECK (source IN ('rules', 'model', 'editor')),
    PRIMARY KEY (draft, code)
);
CREATE INDEX draft_topics_code ON draft_topics (code);

-- People, organisations and places by canonical name.
CREATE TABLE draft_entities (
    draft bigint NOT NULL REFERENCES drafts (id) ON DELETE CASCADE,
    kind  text NOT NULL CHECK (kind IN ('person', 'organisation', 'place')),
    name  text NOT NULL,
    PRIMARY KEY (draft, kind, name)
);
CREATE INDEX draft_entities_name ON draft_entities (kind, lower(name));

-- One story, however many copies and revisions arrived.
CREATE TABLE story_clusters (
    id         bigserial PRIMARY KEY,
    created_at timestamptz NOT NULL DEFAULT now()
);

-- A draft's fingerprint and place in its story.
CREATE TABLE draft_stories (
    draft        bigint PRIMARY KEY REFERENCES drafts (id) ON DELETE CASCADE,
    cluster      bigint NOT NULL REFERENCES story_clusters (id),
    minhash      bigint[] NOT NULL,
    duplicate_of bigint REFERENCES drafts (id) ON DELETE SET NULL,
    revision_of  bigint REFERENCES drafts (id) ON DELETE SET NULL,
    similarity   real NOT NULL DEFAULT 0
);
CREATE INDEX draft_stories_cluster ON draft_stories (cluster);

-- MinHash LSH bands: a lookup reads only drafts sharing a band.
CREATE TABLE fingerprint_bands (
    band  bigint NOT NULL,
    draft bigint NOT NULL REFERENCES drafts (id) ON DELETE CASCADE,
    PRIMARY KEY (band, draft)
);
CREATE INDEX fingerprint_bands_draft ON fingerprint_bands (draft);

-- What a revision changed, paragraph by paragraph.
CREATE TABLE draft_revisions (
    draft      bigint PRIMARY KEY REFERENCES drafts (id) ON DELETE CASCADE,
    previous   bigint NOT NULL REFERENCES drafts (id) ON DELETE CASCADE,
    diff       jsonb NOT NULL,
    urgent     boolean NOT NULL DEFAULT false, -- the previous draft was already approved or published
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX draft_revisions_urgent ON draft_revisions (created_at) WHERE urgent;

-- Editors' tag decisions, the training data of the topic model.
CREATE TABLE tag_edits (
    id         bigserial PRIMARY KEY,
    draft      bigint NOT NULL REFERENCES drafts (id) ON DELETE CASCADE,
    code       text NOT NULL,
    action     text NOT NULL CHECK (action IN ('accept', 'remove', 'add')),
    actor      text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX tag_edits_draft ON tag_edits (draft, code, id);

-- Trained topic models; the newest is used.
CREATE TABLE tag_models (
    id         bigserial PRIMARY KEY,
    model      jsonb NOT NULL,
    examples   integer NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
