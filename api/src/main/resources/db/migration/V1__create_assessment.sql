-- 评估记录: the submission exactly as received and the evaluation exactly as answered, with the fingerprint of
-- the rules that produced it, so an inspector can retrieve and replay a finding.
create table assessment (
    id                 varchar(36)   primary key,
    created_at         timestamp with time zone not null,
    assessment_date    date          not null,
    enterprise_name    varchar(500),
    ruleset_version    varchar(100)  not null,
    content_hash       varchar(100)  not null,
    hazard_count       integer       not null,
    undetermined_count integer       not null,
    submission         clob          not null,
    evaluation         clob          not null
);

create index assessment_created_at on assessment (created_at);
