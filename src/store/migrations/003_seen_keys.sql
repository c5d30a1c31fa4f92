-- Requests and events already answered (a signed request's signature, a Slack event_id), shared by
-- every replica, so a retry or replay reaching another replica is still answered once.
CREATE TABLE seen_keys (
  key         text PRIMARY KEY,
  expires_at  timestamptz NOT NULL
);
CREATE INDEX seen_keys_expires_at ON seen_keys (expires_at);
