-- Support resources in the residents' languages: { "<locale>": { "<resource id>": { "name": …,
-- "description": …, "hours": … } } }. Phone numbers, links and kinds are the resource's own and are
-- never translated; a resource without a translation is served as written (server/README.md,
-- "Languages").
ALTER TABLE program ADD COLUMN support_resource_translations jsonb NOT NULL DEFAULT '{}'::jsonb;
