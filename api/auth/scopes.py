"""Scopes a personal access token can carry. A browser session holds all of them."""

from enum import StrEnum


class Scope(StrEnum):
    PROFILE_READ = "profile:read"
    PROFILE_WRITE = "profile:write"
    TOKENS_MANAGE = "tokens:manage"
    INTERVIEWS_READ = "interviews:read"
    INTERVIEWS_WRITE = "interviews:write"
    TASKS_READ = "tasks:read"
    TASKS_WRITE = "tasks:write"
    CONTACTS_READ = "contacts:read"
    CONTACTS_WRITE = "contacts:write"
    DRAFTS_READ = "drafts:read"
    DRAFTS_WRITE = "drafts:write"
    ACCOMPLISHMENTS_READ = "accomplishments:read"
    ACCOMPLISHMENTS_WRITE = "accomplishments:write"
    RESOURCES_READ = "resources:read"
    RESOURCES_WRITE = "resources:write"
    WEBHOOKS_MANAGE = "webhooks:manage"
    DATA_EXPORT = "data:export"
    DATA_IMPORT = "data:import"


ALL_SCOPES = frozenset(Scope)
