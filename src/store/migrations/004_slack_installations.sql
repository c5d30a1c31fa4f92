-- Slack workspaces (and Enterprise Grid organisations) that installed the app through OAuth: Bolt's
-- installation record, as given, keyed by what Bolt looks it up by.
CREATE TABLE slack_installations (
  id            text PRIMARY KEY,        -- 'E:<enterprise id>' for an org-wide install, else 'T:<team id>'
  installation  jsonb NOT NULL,
  updated_at    timestamptz NOT NULL DEFAULT now()
);
