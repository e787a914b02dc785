-- What the triage service knows about each citation its engine can emit, from the content
-- service's citation check and its content.published / content.retracted events.
create table citation_status (
    article_slug     varchar(100) not null,
    cited_version    integer      not null,
    section          varchar(100) not null,
    -- Null until the cited version itself has been checked or announced.
    resolves         boolean,
    -- RESOLVED, or why not (RETRACTED, NOT_APPROVED, UNKNOWN_ARTICLE, UNKNOWN_VERSION,
    -- UNKNOWN_SECTION); UNCHECKED while resolves is null.
    status           varchar(30)  not null,
    detail           varchar(1000),
    -- The article's current approved version; null when it has none.
    current_version  integer,
    -- What last updated the row: check, content.published or content.retracted.
    source           varchar(40)  not null,
    -- The moment the row describes: when the check was sent, or the event's time. Older news
    -- never overwrites newer (a replayed event, a check that crossed an event).
    checked_at       timestamp(6) with time zone not null,
    primary key (article_slug, cited_version, section)
);
