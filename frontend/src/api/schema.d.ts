/**
 * Generated from openapi.json by `npm run gen:api`. Do not edit by hand:
 * change the API, regenerate openapi.json, then run `npm run gen:api`.
 */

export interface paths {
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Health
         * @description The process is up.
         */
        get: operations["get_health"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Readiness
         * @description The database answers.
         */
        get: operations["get_readiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/accomplishments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Accomplishments
         * @description Your accomplishments, newest first (by when they happened, else when you recorded
         *     them), a page at a time (keyset cursor; see `next_cursor`).
         */
        get: operations["list_accomplishments"];
        put?: never;
        /**
         * Create Accomplishment
         * @description Record something you did. A periodic update (`POST /v1/drafts`) cites the most
         *     relevant one since the interview, or the one you name.
         */
        post: operations["create_accomplishment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/accomplishments/{accomplishment_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Accomplishment
         * @description One accomplishment. Sends an ETag; `If-None-Match` answers 304 when unchanged.
         */
        get: operations["get_accomplishment"];
        put?: never;
        post?: never;
        /**
         * Delete Accomplishment
         * @description Delete it. Drafts that cited it keep their text.
         */
        delete: operations["delete_accomplishment"];
        options?: never;
        head?: never;
        /**
         * Update Accomplishment
         * @description JSON Merge Patch. `If-Match` guards against overwriting a newer version (412).
         */
        patch: operations["update_accomplishment"];
        trace?: never;
    };
    "/v1/agenda": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Agenda
         * @description Open tasks that are not snoozed: overdue, due today and upcoming, in your time zone.
         */
        get: operations["get_agenda"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Login
         * @description Sign in with email and password (sets the session and CSRF cookies).
         */
        post: operations["login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Logout
         * @description End the browser session (a token is revoked with DELETE /v1/tokens/{id} instead).
         */
        post: operations["logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Register
         * @description Create an account and sign it in (sets the session and CSRF cookies).
         */
        post: operations["register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/calendar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Calendar Feed
         * @description Whether your calendar feed exists (its address is shown only when made).
         */
        get: operations["get_calendar_feed"];
        put?: never;
        post?: never;
        /**
         * Delete Calendar Feed
         * @description Turn the feed off: its address answers 404.
         */
        delete: operations["delete_calendar_feed"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/calendar/{secret}.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Calendar Ics
         * @description The feed itself (RFC 5545): your open follow-up tasks, with reminders, and your
         *     upcoming interviews. The secret address is the only credential; no token is needed.
         */
        get: operations["get_calendar_ics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/calendar/rotate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rotate Calendar Feed
         * @description Make a new secret address for the feed; any previous address stops working (404).
         */
        post: operations["rotate_calendar_feed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Contacts
         * @description Your contacts by name, a page at a time (keyset cursor; see `next_cursor`).
         */
        get: operations["list_contacts"];
        put?: never;
        /** Create Contact */
        post: operations["create_contact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/contacts/{contact_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Contact
         * @description The contact with their interviews and open tasks. Sends an ETag; `If-None-Match`
         *     answers 304 when unchanged.
         */
        get: operations["get_contact"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update Contact
         * @description JSON Merge Patch. Setting `last_contacted_at` logs a contact: the keep-in-touch
         *     clock of their interviews starts again from it.
         */
        patch: operations["update_contact"];
        trace?: never;
    };
    "/v1/discussion-points/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Preview Discussion Points
         * @description Each point as a note will carry it: note-taking verbs dropped, an article where one
         *     is needed, the person shifted when `to_speaker`; a point over 15 words is summarised by
         *     its topic (yours, else one taken from the point), with a `nudge` saying so. Read-only.
         */
        post: operations["preview_discussion_points"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/drafts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Drafts
         * @description Your drafts, newest first, a page at a time (keyset cursor; see `next_cursor`).
         */
        get: operations["list_drafts"];
        put?: never;
        /**
         * Create Draft
         * @description Write a note from the interview's facts: the recipient's name in the greeting, what they discussed, the position and organization, the next steps and their timeline, and your name in the signature. Your own template for the kind and channel writes it when you have one (`PUT /v1/templates/{kind}/{channel}`), else the built-in one. Notes to different interviewers of one interview read differently.
         *
         *     Every draft carries its checks (`addresses_by_name`, `references_discussion`, `reiterates_interest`, `follows_up_next_steps`, `prompt`, `length`, `no_placeholders`, `no_filler`, `distinct`, `has_substance`, `repeats_earlier_note`), each `{id, passed, applies, severity, message}`; a check with `applies: false` does not apply to this note and is not a pass.
         *
         *     An id that is not yours answers 404, like one that does not exist.
         */
        post: operations["create_draft"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/drafts/{draft_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Draft
         * @description One draft. Sends an ETag; `If-None-Match` answers 304 when unchanged.
         */
        get: operations["get_draft"];
        put?: never;
        post?: never;
        /** Delete Draft */
        delete: operations["delete_draft"];
        options?: never;
        head?: never;
        /**
         * Update Draft
         * @description JSON Merge Patch: edit `subject`/`body` (the checks are recomputed on your text),
         *     mark it `sent` (`sent_at` defaults to now; its task is completed and the recipient
         *     marked as contacted) or `discarded`. A sent note can no longer change (409).
         */
        patch: operations["update_draft"];
        trace?: never;
    };
    "/v1/drafts/{draft_id}/eml": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Draft Eml
         * @description The draft as an `.eml` file that any mail client opens as a message to send.
         */
        get: operations["get_draft_eml"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export Data
         * @description Everything you own in Afterword, as one JSON document (import it with /v1/import).
         */
        get: operations["export_data"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/export/interviews.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export Interviews Csv
         * @description Your interviews, one row each, for a spreadsheet.
         */
        get: operations["export_interviews_csv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/export/tasks.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export Tasks Csv
         * @description Your follow-up tasks, one row each, for a spreadsheet.
         */
        get: operations["export_tasks_csv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import Data
         * @description Load an export document into this account, all or nothing: it is checked fully first,
         *     every row gets a new id, and the answer counts the rows added per section.
         */
        post: operations["import_data"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/interviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Interviews
         * @description Your interviews, a page at a time (keyset cursor; see `next_cursor` and `Link`).
         */
        get: operations["list_interviews"];
        put?: never;
        /** Create Interview */
        post: operations["create_interview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/interviews/{interview_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Interview
         * @description One interview. Sends an ETag; `If-None-Match` answers 304 when unchanged.
         */
        get: operations["get_interview"];
        put?: never;
        post?: never;
        /** Delete Interview */
        delete: operations["delete_interview"];
        options?: never;
        head?: never;
        /**
         * Update Interview
         * @description JSON Merge Patch (`application/merge-patch+json` or `application/json`).
         *
         *     Send `If-Match` with the ETag you read to refuse overwriting someone else's change (412).
         */
        patch: operations["update_interview"];
        trace?: never;
    };
    "/v1/interviews/{interview_id}/reflection": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Reflection
         * @description The interview's reflection; 404 until one is saved. Sends an ETag.
         */
        get: operations["get_reflection"];
        /**
         * Put Reflection
         * @description Save the whole reflection (201 the first time, then 200). Saving it completes the
         *     interview's open reflection task. `If-Match` guards a replacement (412 when stale).
         */
        put: operations["put_reflection"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/interviews/by-external-id/{source}/{external_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Upsert Interview
         * @description Create or update the interview a partner knows as (source, external_id).
         *
         *     201 when created, 200 when it existed. Creating takes the whole body; later upserts
         *     replace only the fields the board owns and never what the user recorded (each
         *     field's description says which). Resending the same body changes nothing.
         */
        put: operations["upsert_interview"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update Interview By External Id
         * @description JSON Merge Patch of the interview a partner knows as (source, external_id).
         *
         *     The same rules as `PATCH /v1/interviews/{interview_id}`, with its ETag and `If-Match`.
         */
        patch: operations["update_interview_by_external_id"];
        trace?: never;
    };
    "/v1/interviews/import-ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import Interview Invite
         * @description Turn a calendar invitation into an interview (201), or update the one it made (200).
         *
         *     Time, time zone, length, location or meeting link, and the organizer and attendees
         *     (without you) as interviewers. The company and role come from the title
         *     ("Interview: Platform Engineer at Acme"), else pass `company` and `position`.
         */
        post: operations["import_interview_invite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Me */
        get: operations["get_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update Me
         * @description JSON Merge Patch of name, time zone and working days.
         */
        patch: operations["update_me"];
        trace?: never;
    };
    "/v1/me/playbook": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Playbook Settings
         * @description Which follow-up tasks the playbook plans for you, and when they are due.
         */
        get: operations["get_playbook_settings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update Playbook Settings
         * @description JSON Merge Patch: switch rules off or on, tune their numbers. Open planned tasks
         *     move (or close) to match.
         */
        patch: operations["update_playbook_settings"];
        trace?: never;
    };
    "/v1/playbook/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Preview Playbook
         * @description The tasks this interview would generate, with their due times; nothing is saved.
         */
        post: operations["preview_playbook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/resources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Resources
         * @description Your resources, newest first, a page at a time (keyset cursor; see `next_cursor`).
         */
        get: operations["list_resources"];
        put?: never;
        /**
         * Create Resource
         * @description Save an article or resource. A note that shares one (`POST /v1/drafts`, kind
         *     `share_resource`) carries the most relevant one, or the one you name.
         */
        post: operations["create_resource"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/resources/{resource_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Resource
         * @description One resource. Sends an ETag; `If-None-Match` answers 304 when unchanged.
         */
        get: operations["get_resource"];
        put?: never;
        post?: never;
        /**
         * Delete Resource
         * @description Delete it. Drafts that shared it keep their text.
         */
        delete: operations["delete_resource"];
        options?: never;
        head?: never;
        /**
         * Update Resource
         * @description JSON Merge Patch. `If-Match` guards against overwriting a newer version (412).
         */
        patch: operations["update_resource"];
        trace?: never;
    };
    "/v1/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Tasks
         * @description Your tasks in due order, a page at a time (keyset cursor; see `next_cursor`).
         */
        get: operations["list_tasks"];
        put?: never;
        /**
         * Create Task
         * @description Add a task by hand, for an interview (and interviewer) or a contact. An id that is
         *     not yours answers 404, like one that does not exist.
         */
        post: operations["create_task"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tasks/{task_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Task
         * @description One task. Sends an ETag; `If-None-Match` answers 304 when unchanged.
         */
        get: operations["get_task"];
        put?: never;
        post?: never;
        /**
         * Delete Task
         * @description Delete a task you added by hand (a planned task is skipped instead: 409).
         */
        delete: operations["delete_task"];
        options?: never;
        head?: never;
        /**
         * Update Task
         * @description JSON Merge Patch: complete (`status: done`), skip, reopen, snooze or re-date.
         *
         *     A task the playbook planned is yours once you close, reopen, re-date or retitle it:
         *     the playbook never changes it again. Completing a task addressed to someone marks
         *     them as contacted.
         */
        patch: operations["update_task"];
        trace?: never;
    };
    "/v1/tasks/{task_id}/draft": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create Task Draft
         * @description One click from a task: a draft of the task's kind, for its interview and
         *     recipient, linked to it (marking the draft sent completes the task). A LinkedIn note
         *     for `linkedin_connect`, an email otherwise; tasks without a note to write (a
         *     reflection, a networking event, a custom task) answer 422.
         */
        post: operations["create_task_draft"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Templates
         * @description Your own templates (at most one per kind and channel); the rest are built in.
         */
        get: operations["list_templates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/templates/{kind}/{channel}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Template
         * @description Your template for this kind and channel; 404 while the built-in one is used.
         */
        get: operations["get_template"];
        /**
         * Upsert Template
         * @description Use your own template for this kind of note on this channel (201 when created, 200 when replaced). Templates are Jinja text rendered in a sandbox: they can use `{{ variable }}`, `{% if %}`, `{% for %}`, `{% set %}`, a few filters (`upper`, `lower`, `title`, `join`, `default`, `length`, …) and string methods, and nothing else. Before it is saved, the template is checked and tried on a sample interview.
         *
         *     A refused template answers 422 with a `code` naming the problem: `template_syntax`, `template_unsafe`, `template_unknown_variable`, `template_too_large`, `template_output_too_large`, `template_too_slow` or `template_render_error`; its `errors[].pointer` is `/body/subject` or `/body/body`. Nothing runs before the template has been checked, and nothing is saved.
         *
         *     The variables:
         *
         *     | variable | value |
         *     | --- | --- |
         *     | `kind` | The kind of note, e.g. `thank_you` or `feedback_request`. |
         *     | `channel` | Where the note goes: `email`, `linkedin` or `letter`. |
         *     | `greeting` | A ready-made salutation, e.g. "Dear Dana," or "Hello," when no name is known. |
         *     | `recipient_name` | The recipient's full name, or empty when unknown. |
         *     | `recipient_first_name` | The recipient's first name (honorifics skipped), or empty. |
         *     | `recipient_title` | The recipient's job title, or empty. |
         *     | `recipient_is_hiring_manager` | true when the recipient is the hiring manager. |
         *     | `company` | The organization you interviewed with, e.g. "Acme Cloud GmbH". |
         *     | `company_short` | The organization without its legal form, e.g. "Acme Cloud". |
         *     | `position` | The position you interviewed for. |
         *     | `stage` | The interview stage or round, e.g. "Technical interview", or empty. |
         *     | `sender_name` | Your name, as in your profile, or empty. |
         *     | `sender_first_name` | Your first name, or empty. |
         *     | `discussion_points` | A list of the points the recipient raised; when they have none, the interview's points. |
         *     | `discussion_points_text` | Those points as one phrase, e.g. "the migration to Kubernetes and on-call", or empty. |
         *     | `interview_discussion_points` | A list of the points recorded for the whole interview. |
         *     | `next_steps` | The next steps as noted, e.g. "Second round with the CTO", or empty. |
         *     | `expected_by` | When you should hear back, e.g. "Friday, 4 December", or empty. |
         *     | `expected_by_iso` | The same date as "2026-12-04", or empty. |
         *     | `interview_date` | The day the interview ended, e.g. "Tuesday, 1 December". |
         *     | `interview_weekday` | The weekday of the interview, e.g. "Tuesday". |
         *     | `interview_date_iso` | The interview date as "2026-12-01". |
         *     | `outcome` | pending, advanced, offer, rejected or withdrawn. |
         *     | `accomplishment` | Periodic updates: the title of the accomplishment the note cites, e.g. "Shipped the billing migration", or empty when none is recorded. |
         *     | `accomplishment_detail` | More about that accomplishment, in your words, or empty. |
         *     | `accomplishment_link` | Where that accomplishment can be seen, or empty. |
         *     | `resource_title` | share_resource notes: the title of the resource shared, or empty. |
         *     | `resource_url` | The link to that resource, or empty. |
         *     | `resource_note` | Why it is worth sharing, in your words, or empty. |
         */
        put: operations["upsert_template"];
        post?: never;
        /**
         * Delete Template
         * @description Go back to the built-in template.
         */
        delete: operations["delete_template"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/templates/{kind}/{channel}/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Preview Template
         * @description Render a template against one of your interviews (and one of its interviewers), with the checks; nothing is saved. Send `body` (and `subject`) to try a template before saving it; without them, your saved template is used, else the built-in one.
         *
         *     A refused template answers 422 with a `code` naming the problem: `template_syntax`, `template_unsafe`, `template_unknown_variable`, `template_too_large`, `template_output_too_large`, `template_too_slow` or `template_render_error`; its `errors[].pointer` is `/body/subject` or `/body/body`. Nothing runs before the template has been checked, and nothing is saved.
         *
         *     The variables:
         *
         *     | variable | value |
         *     | --- | --- |
         *     | `kind` | The kind of note, e.g. `thank_you` or `feedback_request`. |
         *     | `channel` | Where the note goes: `email`, `linkedin` or `letter`. |
         *     | `greeting` | A ready-made salutation, e.g. "Dear Dana," or "Hello," when no name is known. |
         *     | `recipient_name` | The recipient's full name, or empty when unknown. |
         *     | `recipient_first_name` | The recipient's first name (honorifics skipped), or empty. |
         *     | `recipient_title` | The recipient's job title, or empty. |
         *     | `recipient_is_hiring_manager` | true when the recipient is the hiring manager. |
         *     | `company` | The organization you interviewed with, e.g. "Acme Cloud GmbH". |
         *     | `company_short` | The organization without its legal form, e.g. "Acme Cloud". |
         *     | `position` | The position you interviewed for. |
         *     | `stage` | The interview stage or round, e.g. "Technical interview", or empty. |
         *     | `sender_name` | Your name, as in your profile, or empty. |
         *     | `sender_first_name` | Your first name, or empty. |
         *     | `discussion_points` | A list of the points the recipient raised; when they have none, the interview's points. |
         *     | `discussion_points_text` | Those points as one phrase, e.g. "the migration to Kubernetes and on-call", or empty. |
         *     | `interview_discussion_points` | A list of the points recorded for the whole interview. |
         *     | `next_steps` | The next steps as noted, e.g. "Second round with the CTO", or empty. |
         *     | `expected_by` | When you should hear back, e.g. "Friday, 4 December", or empty. |
         *     | `expected_by_iso` | The same date as "2026-12-04", or empty. |
         *     | `interview_date` | The day the interview ended, e.g. "Tuesday, 1 December". |
         *     | `interview_weekday` | The weekday of the interview, e.g. "Tuesday". |
         *     | `interview_date_iso` | The interview date as "2026-12-01". |
         *     | `outcome` | pending, advanced, offer, rejected or withdrawn. |
         *     | `accomplishment` | Periodic updates: the title of the accomplishment the note cites, e.g. "Shipped the billing migration", or empty when none is recorded. |
         *     | `accomplishment_detail` | More about that accomplishment, in your words, or empty. |
         *     | `accomplishment_link` | Where that accomplishment can be seen, or empty. |
         *     | `resource_title` | share_resource notes: the title of the resource shared, or empty. |
         *     | `resource_url` | The link to that resource, or empty. |
         *     | `resource_note` | Why it is worth sharing, in your words, or empty. |
         */
        post: operations["preview_template"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Tokens
         * @description Active tokens (never their secrets).
         */
        get: operations["list_tokens"];
        put?: never;
        /**
         * Create Token
         * @description Mint a token. The secret is in this response only; store it now.
         */
        post: operations["create_token"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tokens/{token_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete Token
         * @description Revoke a token; requests with it get 401 from now on.
         */
        delete: operations["delete_token"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Webhooks
         * @description Your endpoints (at most 20, so one page).
         */
        get: operations["list_webhooks"];
        put?: never;
        /**
         * Create Webhook
         * @description Register an endpoint. The `whsec_` secret is shown in this response only.
         *
         *     Deliveries follow Standard Webhooks: `webhook-id`, `webhook-timestamp` and
         *     `webhook-signature` (v1, HMAC-SHA256 of `id.timestamp.body`).
         */
        post: operations["create_webhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{webhook_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Webhook */
        get: operations["get_webhook"];
        put?: never;
        post?: never;
        /** Delete Webhook */
        delete: operations["delete_webhook"];
        options?: never;
        head?: never;
        /**
         * Update Webhook
         * @description JSON Merge Patch. `is_active: true` re-enables an endpoint that was disabled.
         */
        patch: operations["update_webhook"];
        trace?: never;
    };
    "/v1/webhooks/{webhook_id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Webhook Deliveries
         * @description The delivery log, newest first: status, attempts, response code and timing.
         */
        get: operations["list_webhook_deliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{webhook_id}/deliveries/{delivery_id}/redeliver": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Redeliver Webhook
         * @description Queue the same event (same `webhook-id`) for delivery again.
         */
        post: operations["redeliver_webhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{webhook_id}/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rotate Webhook Secret
         * @description A new secret; the old one keeps signing for `overlap_hours` (both signatures sent).
         */
        post: operations["rotate_webhook_secret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * AccomplishmentCreate
         * @description Something you did since an interview: a periodic update cites it.
         */
        AccomplishmentCreate: {
            /** Detail */
            detail?: string | null;
            /**
             * Happened On
             * @description When it happened; lists put undated ones on the day added.
             */
            happened_on?: string | null;
            /**
             * Link
             * @description Where it can be seen, if anywhere.
             */
            link?: string | null;
            /**
             * Title
             * @description What you did, in a few words: 'Shipped the billing migration'.
             */
            title: string;
            /**
             * Topics
             * @description Up to 20 short subjects; they help pick what a note cites. Repeats (in any case) are kept once.
             */
            topics?: string[];
        };
        /** AccomplishmentRead */
        AccomplishmentRead: {
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Detail */
            detail: string | null;
            /** Happened On */
            happened_on: string | null;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Link */
            link: string | null;
            /** Title */
            title: string;
            /** Topics */
            topics: string[];
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
        };
        /**
         * AccomplishmentUpdate
         * @description JSON Merge Patch: only the fields sent change; `null` clears an optional one.
         */
        AccomplishmentUpdate: {
            /** Detail */
            detail?: string | null;
            /** Happened On */
            happened_on?: string | null;
            /** Link */
            link?: string | null;
            /**
             * Title
             * @description What you did, in a few words: 'Shipped the billing migration'.
             */
            title?: string;
            /**
             * Topics
             * @description Up to 20 short subjects; they help pick what a note cites. Repeats (in any case) are kept once.
             */
            topics?: string[];
        };
        /**
         * Agenda
         * @description Open tasks that are not snoozed, in your time zone.
         */
        Agenda: {
            /**
             * Overdue
             * @description Past their deadline, oldest first.
             */
            overdue: components["schemas"]["TaskRead"][];
            /**
             * Today
             * @description Due by the end of today and not overdue.
             */
            today: components["schemas"]["TaskRead"][];
            /** @description How many tasks each group has in all. */
            totals: components["schemas"]["AgendaTotals"];
            /**
             * Upcoming
             * @description Due in the following `days` days.
             */
            upcoming: components["schemas"]["TaskRead"][];
        };
        /** AgendaTotals */
        AgendaTotals: {
            /** Overdue */
            overdue: number;
            /** Today */
            today: number;
            /** Upcoming */
            upcoming: number;
        };
        /** CalendarFeedAddress */
        CalendarFeedAddress: {
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Url
             * @description Subscribe to this in any calendar app. Shown only here.
             */
            url: string;
        };
        /** CalendarFeedStatus */
        CalendarFeedStatus: {
            /**
             * Created At
             * @description When the current address was made.
             */
            created_at: string | null;
            /** Enabled */
            enabled: boolean;
        };
        /**
         * Channel
         * @enum {string}
         */
        Channel: "email" | "linkedin" | "letter";
        /** CheckRead */
        CheckRead: {
            /**
             * Applies
             * @description False when the advice does not apply to this kind of note, channel or what is recorded (a `prompt` check on a feedback request, say): such a check is not a pass, and is shown as not needed.
             */
            applies: boolean;
            /**
             * Id
             * @enum {string}
             */
            id: "addresses_by_name" | "references_discussion" | "reiterates_interest" | "follows_up_next_steps" | "prompt" | "length" | "no_placeholders" | "no_filler" | "distinct" | "has_substance" | "repeats_earlier_note";
            /**
             * Message
             * @description What was found, or what to change.
             */
            message: string;
            /**
             * Passed
             * @description Whether the note follows this advice; meaningless when `applies` is false.
             */
            passed: boolean;
            /**
             * Severity
             * @description 'info' when passed; otherwise how much the failure matters.
             * @enum {string}
             */
            severity: "error" | "warning" | "info";
        };
        /** ContactCreate */
        ContactCreate: {
            /** Company */
            company?: string | null;
            /**
             * Email
             * @description Unique among your contacts, whatever its case.
             */
            email?: string | null;
            /** Keep In Touch Interval Days */
            keep_in_touch_interval_days?: number | null;
            /**
             * Last Contacted At
             * @description When you were last in touch; resets the keep-in-touch clock.
             */
            last_contacted_at?: string | null;
            /** Linkedin Url */
            linkedin_url?: string | null;
            /** Name */
            name: string;
            /** Notes */
            notes?: string | null;
            /** Title */
            title?: string | null;
        };
        /** ContactDetail */
        ContactDetail: {
            /** Company */
            company: string | null;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Email */
            email: string | null;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Interviews
             * @description Most recent first.
             */
            interviews: components["schemas"]["ContactInterview"][];
            /** Keep In Touch Interval Days */
            keep_in_touch_interval_days: number | null;
            /** Last Contacted At */
            last_contacted_at: string | null;
            /** Linkedin Url */
            linkedin_url: string | null;
            /** Name */
            name: string;
            /** Notes */
            notes: string | null;
            /**
             * Open Tasks
             * @description Open tasks for this person, by due time.
             */
            open_tasks: components["schemas"]["TaskRead"][];
            /** Title */
            title: string | null;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
        };
        /**
         * ContactInterview
         * @description An interview the contact took part in, as which interviewer.
         */
        ContactInterview: {
            /** Company */
            company: string;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Interviewer Id
             * Format: uuid
             */
            interviewer_id: string;
            /**
             * Outcome
             * @enum {string}
             */
            outcome: "pending" | "advanced" | "offer" | "rejected" | "withdrawn";
            /** Position */
            position: string;
            /**
             * Scheduled At
             * Format: date-time
             */
            scheduled_at: string;
            /**
             * Status
             * @enum {string}
             */
            status: "scheduled" | "completed" | "cancelled";
        };
        /** ContactRead */
        ContactRead: {
            /** Company */
            company: string | null;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Email */
            email: string | null;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Keep In Touch Interval Days */
            keep_in_touch_interval_days: number | null;
            /** Last Contacted At */
            last_contacted_at: string | null;
            /** Linkedin Url */
            linkedin_url: string | null;
            /** Name */
            name: string;
            /** Notes */
            notes: string | null;
            /** Title */
            title: string | null;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
        };
        /**
         * ContactUpdate
         * @description JSON Merge Patch. Logging a contact (`last_contacted_at`) resets the keep-in-touch
         *     clock of the interviews this person took part in.
         */
        ContactUpdate: {
            /** Company */
            company?: string | null;
            /** Email */
            email?: string | null;
            /** Keep In Touch Interval Days */
            keep_in_touch_interval_days?: number | null;
            /** Last Contacted At */
            last_contacted_at?: string | null;
            /** Linkedin Url */
            linkedin_url?: string | null;
            /** Name */
            name?: string;
            /** Notes */
            notes?: string | null;
            /** Title */
            title?: string | null;
        };
        /** DeliveryRead */
        DeliveryRead: {
            /** Attempts */
            attempts: number;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Delivered At */
            delivered_at: string | null;
            /** Duration Ms */
            duration_ms: number | null;
            /**
             * Event Id
             * Format: uuid
             */
            event_id: string;
            /** Event Type */
            event_type: string;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Last Attempt At */
            last_attempt_at: string | null;
            /**
             * Last Error
             * @description What went wrong (never the receiver's body).
             */
            last_error: string | null;
            /** Next Attempt At */
            next_attempt_at: string | null;
            /** Response Status */
            response_status: number | null;
            /**
             * Status
             * @enum {string}
             */
            status: "pending" | "succeeded" | "failed";
        };
        /**
         * DiscussionPointIn
         * @description A discussion point: what was discussed, with an optional short topic and your angle.
         */
        DiscussionPointIn: {
            /**
             * My Angle
             * @description Your own related experience or idea, in your words: a thank-you ties it back to what the person said.
             */
            my_angle?: string | null;
            /**
             * Text
             * @description The point as you noted it, e.g. 'their migration to Postgres'.
             */
            text: string;
            /** Topic */
            topic?: string | null;
        };
        /** DiscussionPointRead */
        DiscussionPointRead: {
            /** My Angle */
            my_angle: string | null;
            /** Text */
            text: string;
            /** Topic */
            topic: string | null;
        };
        /**
         * DraftCreate
         * @description Write a note from an interview's facts.
         *
         *     The recipient is the interviewer (`interviewer_id`) or a contact (`contact_id`);
         *     without either, the task's recipient, else the interview's hiring manager (else its
         *     first interviewer). Without `task_id`, the draft is linked to the open task of the
         *     same kind for that interview and recipient, when there is one: marking the draft sent
         *     completes it.
         */
        DraftCreate: {
            /**
             * Accomplishment Id
             * @description Periodic updates only: the accomplishment to cite. Without it, the most relevant one since the interview that this person has not heard about yet; with none recorded, the draft leaves a marked slot to fill.
             */
            accomplishment_id?: string | null;
            channel: components["schemas"]["Channel"];
            /**
             * Contact Id
             * @description A contact; defaults to the interviewer's.
             */
            contact_id?: string | null;
            /**
             * Interview Id
             * Format: uuid
             */
            interview_id: string;
            /**
             * Interviewer Id
             * @description One of the interview's interviewers.
             */
            interviewer_id?: string | null;
            kind: components["schemas"]["DraftKind"];
            /**
             * Resource Id
             * @description share_resource notes only: the resource to share. Without it, the most relevant one not yet shared with this person; with none saved, the draft leaves a marked slot to fill.
             */
            resource_id?: string | null;
            /**
             * Task Id
             * @description The follow-up task this note is for (same interview and kind).
             */
            task_id?: string | null;
        };
        /**
         * DraftKind
         * @enum {string}
         */
        DraftKind: "thank_you" | "next_steps_follow_up" | "periodic_update" | "share_resource" | "linkedin_connect" | "rejection_thank_you" | "feedback_request" | "keep_in_touch";
        /** DraftRead */
        DraftRead: {
            /**
             * Accomplishment Id
             * @description The accomplishment the note cites, if any.
             */
            accomplishment_id: string | null;
            /** Body */
            body: string;
            channel: components["schemas"]["Channel"];
            /**
             * Checks
             * @description The seed's advice, checked against the text as it is now. They are recomputed on every edit; `prompt` follows the clock until the note is sent.
             */
            checks: components["schemas"]["CheckRead"][];
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Interview Id
             * Format: uuid
             */
            interview_id: string;
            /** Interviewer Id */
            interviewer_id: string | null;
            kind: components["schemas"]["DraftKind"];
            /**
             * Mailto
             * @description A mailto: link (RFC 6068) that opens the email in a mail client; null for LinkedIn notes and letters.
             */
            mailto: string | null;
            /**
             * Resource Id
             * @description The resource the note shares, if any.
             */
            resource_id: string | null;
            /** Sent At */
            sent_at: string | null;
            /**
             * Status
             * @enum {string}
             */
            status: "draft" | "sent" | "discarded";
            /** Subject */
            subject: string | null;
            /** Task Id */
            task_id: string | null;
            /** @description Who the note is for, when known. */
            to: components["schemas"]["DraftRecipient"] | null;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
        };
        /** DraftRecipient */
        DraftRecipient: {
            /** Email */
            email: string | null;
            /** Name */
            name: string | null;
        };
        /**
         * DraftUpdate
         * @description JSON Merge Patch. Edit `subject` or `body` (the checks are recomputed), mark the
         *     note `sent` (with `sent_at`, default now: this completes its task and marks the
         *     recipient contacted) or `discarded`. A sent note can no longer change (409).
         */
        DraftUpdate: {
            /** Body */
            body?: string;
            /**
             * Sent At
             * Format: date-time
             * @description When you sent it, with `status: sent`; defaults to now.
             */
            sent_at?: string;
            /**
             * Status
             * @enum {string}
             */
            status?: "draft" | "sent" | "discarded";
            /**
             * Subject
             * @description Emails only; LinkedIn notes and letters have none.
             */
            subject?: string | null;
        };
        /**
         * EventType
         * @enum {string}
         */
        EventType: "interview.created" | "interview.updated" | "interview.deleted" | "task.created" | "task.updated" | "task.completed" | "task.due" | "draft.created" | "draft.sent";
        /** FieldError */
        FieldError: {
            /** Detail */
            detail: string;
            /**
             * Pointer
             * @description JSON pointer to the offending input: '/body/...', '/query/<name>' or '/path/<name>'.
             */
            pointer: string;
        };
        /** Health */
        Health: {
            /** Status */
            status: string;
        };
        /**
         * InterviewCreate
         * @description A new interview; `source` and `external_id` name it for a partner.
         */
        InterviewCreate: {
            /** Company */
            company: string;
            /**
             * Discussion Points
             * @description Each point as text, or as an object with `text`, `topic` and `my_angle`; always answered as the object.
             */
            discussion_points?: (string | components["schemas"]["DiscussionPointIn"])[];
            /**
             * Duration Minutes
             * @default 60
             */
            duration_minutes?: number | null;
            /**
             * External Id
             * @description The partner's id; unique per user and source.
             */
            external_id?: string | null;
            /** Format */
            format?: ("phone" | "video" | "onsite") | null;
            /** Interviewers */
            interviewers?: components["schemas"]["InterviewerCreate"][];
            /** Location */
            location?: string | null;
            next_steps?: components["schemas"]["NextSteps"] | null;
            /** Notes */
            notes?: string | null;
            /**
             * Outcome
             * @default pending
             * @enum {string}
             */
            outcome?: "pending" | "advanced" | "offer" | "rejected" | "withdrawn";
            /** Position */
            position: string;
            /**
             * Scheduled At
             * Format: date-time
             * @description RFC 3339 date-time with an offset (answered in UTC), written between 1900-01-01T00:00:00 and 2200-01-01T00:00:00.
             */
            scheduled_at: string;
            /**
             * Source
             * @description Who created it, for partners: e.g. 'jobboard-example'.
             */
            source?: string | null;
            /** Stage */
            stage?: string | null;
            /**
             * Status
             * @default scheduled
             * @enum {string}
             */
            status?: "scheduled" | "completed" | "cancelled";
            /**
             * Timezone
             * @description IANA time zone of the interview; defaults to yours.
             */
            timezone?: string | null;
        };
        /** InterviewerCreate */
        InterviewerCreate: {
            /**
             * Discussion Points
             * @description Each point as text, or as an object with `text`, `topic` and `my_angle`; always answered as the object.
             */
            discussion_points?: (string | components["schemas"]["DiscussionPointIn"])[];
            /** Email */
            email?: string | null;
            /**
             * Is Hiring Manager
             * @default false
             */
            is_hiring_manager?: boolean;
            /** Linkedin Url */
            linkedin_url?: string | null;
            /** Name */
            name: string;
            /** Title */
            title?: string | null;
        };
        /**
         * InterviewerPatch
         * @description An interviewer inside a PATCH: with `id`, the kept interviewer's fields merge;
         *     without `id`, a new interviewer (then `name` is required).
         */
        InterviewerPatch: {
            /**
             * Discussion Points
             * @description Each point as text, or as an object with `text`, `topic` and `my_angle`; always answered as the object.
             */
            discussion_points?: (string | components["schemas"]["DiscussionPointIn"])[];
            /** Email */
            email?: string | null;
            /** Id */
            id?: string | null;
            /** Is Hiring Manager */
            is_hiring_manager?: boolean;
            /** Linkedin Url */
            linkedin_url?: string | null;
            /** Name */
            name?: string;
            /** Title */
            title?: string | null;
        };
        /** InterviewerRead */
        InterviewerRead: {
            /**
             * Contact Id
             * @description The contact this interviewer is, shared across interviews by email.
             */
            contact_id: string | null;
            /** Discussion Points */
            discussion_points: components["schemas"]["DiscussionPointRead"][];
            /** Email */
            email: string | null;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Is Hiring Manager */
            is_hiring_manager: boolean;
            /** Linkedin Url */
            linkedin_url: string | null;
            /** Name */
            name: string;
            /** Title */
            title: string | null;
        };
        /**
         * InterviewerReplace
         * @description An interviewer as a board sends it in an upsert.
         */
        InterviewerReplace: {
            /**
             * Discussion Points
             * @description Owned by the user: set on create, never changed by later upserts. Each point as text, or as an object with `text`, `topic` and `my_angle`; always answered as the object.
             */
            discussion_points?: (string | components["schemas"]["DiscussionPointIn"])[];
            /**
             * Email
             * @description Owned by the board: replaced on every upsert.
             */
            email?: string | null;
            /**
             * Is Hiring Manager
             * @description Owned by the user: set on create, never changed by later upserts.
             * @default false
             */
            is_hiring_manager?: boolean;
            /**
             * Linkedin Url
             * @description Owned by the user: set on create, never changed by later upserts. An empty one is filled from the board's.
             */
            linkedin_url?: string | null;
            /**
             * Name
             * @description Owned by the board: replaced on every upsert.
             */
            name: string;
            /**
             * Title
             * @description Owned by the board: replaced on every upsert.
             */
            title?: string | null;
        };
        /** InterviewRead */
        InterviewRead: {
            /** Company */
            company: string;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Discussion Points */
            discussion_points: components["schemas"]["DiscussionPointRead"][];
            /** Duration Minutes */
            duration_minutes: number | null;
            /** External Id */
            external_id: string | null;
            /** Format */
            format: ("phone" | "video" | "onsite") | null;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Interviewers */
            interviewers: components["schemas"]["InterviewerRead"][];
            /** Location */
            location: string | null;
            next_steps: components["schemas"]["NextStepsRead"] | null;
            /** Notes */
            notes: string | null;
            /**
             * Outcome
             * @enum {string}
             */
            outcome: "pending" | "advanced" | "offer" | "rejected" | "withdrawn";
            /** Outcome Decided At */
            outcome_decided_at: string | null;
            /** Position */
            position: string;
            /**
             * Scheduled At
             * Format: date-time
             */
            scheduled_at: string;
            /** Source */
            source: string | null;
            /** Stage */
            stage: string | null;
            /**
             * Status
             * @enum {string}
             */
            status: "scheduled" | "completed" | "cancelled";
            /** Timezone */
            timezone: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
        };
        /**
         * InterviewReplace
         * @description A whole interview as a board sends it (PUT by external id).
         */
        InterviewReplace: {
            /**
             * Company
             * @description Owned by the board: replaced on every upsert.
             */
            company: string;
            /**
             * Discussion Points
             * @description Owned by the user: set on create, never changed by later upserts. Each point as text, or as an object with `text`, `topic` and `my_angle`; always answered as the object.
             */
            discussion_points?: (string | components["schemas"]["DiscussionPointIn"])[];
            /**
             * Duration Minutes
             * @description Owned by the board: replaced on every upsert.
             * @default 60
             */
            duration_minutes?: number | null;
            /**
             * Format
             * @description Owned by the board: replaced on every upsert.
             */
            format?: ("phone" | "video" | "onsite") | null;
            /**
             * Interviewers
             * @description Owned by the board: replaced on every upsert. The list is the board's: an upsert adds whom it adds and removes whom it leaves out. Interviewers it still names (by email, else by name) keep what the user recorded about them; one added later takes the board's values as sent.
             */
            interviewers?: components["schemas"]["InterviewerReplace"][];
            /**
             * Location
             * @description Owned by the board: replaced on every upsert.
             */
            location?: string | null;
            /** @description Owned by the user: set on create, never changed by later upserts. */
            next_steps?: components["schemas"]["NextSteps"] | null;
            /**
             * Notes
             * @description Owned by the user: set on create, never changed by later upserts.
             */
            notes?: string | null;
            /**
             * Outcome
             * @description Owned by the user: set on create, never changed by later upserts.
             * @default pending
             * @enum {string}
             */
            outcome?: "pending" | "advanced" | "offer" | "rejected" | "withdrawn";
            /**
             * Position
             * @description Owned by the board: replaced on every upsert.
             */
            position: string;
            /**
             * Scheduled At
             * Format: date-time
             * @description Owned by the board: replaced on every upsert. RFC 3339 date-time with an offset (answered in UTC), written between 1900-01-01T00:00:00 and 2200-01-01T00:00:00.
             */
            scheduled_at: string;
            /**
             * Stage
             * @description Owned by the board: replaced on every upsert.
             */
            stage?: string | null;
            /**
             * Status
             * @description Owned by the user: set on create, never changed by later upserts.
             * @default scheduled
             * @enum {string}
             */
            status?: "scheduled" | "completed" | "cancelled";
            /**
             * Timezone
             * @description Owned by the board: replaced on every upsert. IANA time zone of the interview; when left out, yours on create and the interview's own on later upserts.
             */
            timezone?: string | null;
        };
        /**
         * InterviewUpdate
         * @description JSON Merge Patch (RFC 7396): only sent fields change, `null` clears a field.
         *
         *     `interviewers`, when sent, is the full new list: entries with an `id` keep that
         *     interviewer (and merge the fields sent), entries without one are added, and
         *     interviewers left out are removed.
         */
        InterviewUpdate: {
            /** Company */
            company?: string;
            /**
             * Discussion Points
             * @description Each point as text, or as an object with `text`, `topic` and `my_angle`; always answered as the object.
             */
            discussion_points?: (string | components["schemas"]["DiscussionPointIn"])[];
            /** Duration Minutes */
            duration_minutes?: number | null;
            /** External Id */
            external_id?: string | null;
            /** Format */
            format?: ("phone" | "video" | "onsite") | null;
            /** Interviewers */
            interviewers?: components["schemas"]["InterviewerPatch"][];
            /** Location */
            location?: string | null;
            next_steps?: components["schemas"]["NextSteps"] | null;
            /** Notes */
            notes?: string | null;
            /**
             * Outcome
             * @enum {string}
             */
            outcome?: "pending" | "advanced" | "offer" | "rejected" | "withdrawn";
            /** Position */
            position?: string;
            /**
             * Scheduled At
             * Format: date-time
             * @description RFC 3339 date-time with an offset (answered in UTC), written between 1900-01-01T00:00:00 and 2200-01-01T00:00:00.
             */
            scheduled_at?: string;
            /** Source */
            source?: string | null;
            /** Stage */
            stage?: string | null;
            /**
             * Status
             * @enum {string}
             */
            status?: "scheduled" | "completed" | "cancelled";
            /**
             * Timezone
             * Format: iana-time-zone
             * @description An IANA time zone name, such as 'Europe/Berlin'.
             * @example Europe/Berlin
             */
            timezone?: string;
        };
        /** LoginBody */
        LoginBody: {
            /**
             * Email
             * Format: email
             */
            email: string;
            /** Password */
            password: string;
        };
        /** NextSteps */
        NextSteps: {
            /**
             * Description
             * @description What they said happens next ('a decision by Friday').
             */
            description?: string | null;
            /**
             * Expected By
             * @description The date by which they said you would hear back.
             */
            expected_by?: string | null;
        };
        /** NextStepsRead */
        NextStepsRead: {
            /** Description */
            description: string | null;
            /** Expected By */
            expected_by: string | null;
        };
        /** Page[AccomplishmentRead] */
        Page_AccomplishmentRead_: {
            /** Data */
            data: components["schemas"]["AccomplishmentRead"][];
            /** Has More */
            has_more: boolean;
            /**
             * Next Cursor
             * @description Pass as `cursor` to get the next page; null on the last page.
             */
            next_cursor: string | null;
        };
        /** Page[ContactRead] */
        Page_ContactRead_: {
            /** Data */
            data: components["schemas"]["ContactRead"][];
            /** Has More */
            has_more: boolean;
            /**
             * Next Cursor
             * @description Pass as `cursor` to get the next page; null on the last page.
             */
            next_cursor: string | null;
        };
        /** Page[DeliveryRead] */
        Page_DeliveryRead_: {
            /** Data */
            data: components["schemas"]["DeliveryRead"][];
            /** Has More */
            has_more: boolean;
            /**
             * Next Cursor
             * @description Pass as `cursor` to get the next page; null on the last page.
             */
            next_cursor: string | null;
        };
        /** Page[DraftRead] */
        Page_DraftRead_: {
            /** Data */
            data: components["schemas"]["DraftRead"][];
            /** Has More */
            has_more: boolean;
            /**
             * Next Cursor
             * @description Pass as `cursor` to get the next page; null on the last page.
             */
            next_cursor: string | null;
        };
        /** Page[InterviewRead] */
        Page_InterviewRead_: {
            /** Data */
            data: components["schemas"]["InterviewRead"][];
            /** Has More */
            has_more: boolean;
            /**
             * Next Cursor
             * @description Pass as `cursor` to get the next page; null on the last page.
             */
            next_cursor: string | null;
        };
        /** Page[ResourceRead] */
        Page_ResourceRead_: {
            /** Data */
            data: components["schemas"]["ResourceRead"][];
            /** Has More */
            has_more: boolean;
            /**
             * Next Cursor
             * @description Pass as `cursor` to get the next page; null on the last page.
             */
            next_cursor: string | null;
        };
        /** Page[TaskRead] */
        Page_TaskRead_: {
            /** Data */
            data: components["schemas"]["TaskRead"][];
            /** Has More */
            has_more: boolean;
            /**
             * Next Cursor
             * @description Pass as `cursor` to get the next page; null on the last page.
             */
            next_cursor: string | null;
        };
        /** Page[WebhookRead] */
        Page_WebhookRead_: {
            /** Data */
            data: components["schemas"]["WebhookRead"][];
            /** Has More */
            has_more: boolean;
            /**
             * Next Cursor
             * @description Pass as `cursor` to get the next page; null on the last page.
             */
            next_cursor: string | null;
        };
        /**
         * PlaybookPreview
         * @description What the interview would generate with your settings, nothing saved.
         */
        PlaybookPreview: {
            /**
             * Tasks
             * @description By due time.
             */
            tasks: components["schemas"]["PreviewTask"][];
        };
        /**
         * PlaybookSettingsRead
         * @description Which follow-up tasks the playbook plans for you, and when they are due.
         */
        PlaybookSettingsRead: {
            /**
             * Keep In Touch Enabled
             * @description After a rejection, plan recurring keep-in-touch messages to the hiring manager.
             * @default true
             */
            keep_in_touch_enabled?: boolean;
            /**
             * Keep In Touch Interval Days
             * @description Days between keep-in-touch messages, counted from the decision, the last one sent or the last logged contact, whichever is latest.
             * @default 90
             */
            keep_in_touch_interval_days?: number;
            /**
             * Linkedin Connect Enabled
             * @description Plan a LinkedIn connection request to each interviewer with a LinkedIn URL.
             * @default true
             */
            linkedin_connect_enabled?: boolean;
            /**
             * Linkedin Connect Working Days
             * @description Working days after the interview at which the LinkedIn connection request is due.
             * @default 1
             */
            linkedin_connect_working_days?: number;
            /**
             * Next Steps Follow Up Enabled
             * @description Plan a follow-up when the date given for next steps has passed, or after a while when next steps were given without a date.
             * @default true
             */
            next_steps_follow_up_enabled?: boolean;
            /**
             * Next Steps Follow Up Time
             * @description Local time of day (in the interview's time zone) at which the next-steps follow-up is due, e.g. `10:00:00`.
             * @default 10:00:00
             * @example 10:00
             */
            next_steps_follow_up_time?: string;
            /**
             * Next Steps Grace Days
             * @description Working days to wait after the expected next-steps date before following up.
             * @default 2
             */
            next_steps_grace_days?: number;
            /**
             * Next Steps Undated Working Days
             * @description When next steps were given without a date ("final round to be scheduled"): working days after the end of the interview at which to follow up.
             * @default 5
             */
            next_steps_undated_working_days?: number;
            /**
             * Periodic Update Count
             * @description Most periodic updates to plan for one interview.
             * @default 3
             */
            periodic_update_count?: number;
            /**
             * Periodic Update Enabled
             * @description Plan periodic updates to the hiring manager while the outcome is pending.
             * @default true
             */
            periodic_update_enabled?: boolean;
            /**
             * Periodic Update Interval Days
             * @description Days between periodic updates.
             * @default 14
             */
            periodic_update_interval_days?: number;
            /**
             * Reflection Enabled
             * @description After a rejection, plan a reflection on what went well and what to improve.
             * @default true
             */
            reflection_enabled?: boolean;
            /**
             * Rejection Feedback In Thank You
             * @description After a rejection, ask for feedback in the thank-you note itself, as one note, instead of a separate feedback request a working day later.
             * @default false
             */
            rejection_feedback_in_thank_you?: boolean;
            /**
             * Rejection Follow Up Enabled
             * @description After a rejection, plan a gracious thank-you note and a request for feedback.
             * @default true
             */
            rejection_follow_up_enabled?: boolean;
            /**
             * Thank You Deadline Hours
             * @description Working hours after the end of the interview after which the thank-you note is overdue. A value below `thank_you_due_hours` means the note is overdue as soon as it is due.
             * @default 48
             */
            thank_you_deadline_hours?: number;
            /**
             * Thank You Due Hours
             * @description Working hours after the end of the interview at which the thank-you note is due.
             * @default 24
             */
            thank_you_due_hours?: number;
            /**
             * Thank You Enabled
             * @description Plan a thank-you note to each interviewer.
             * @default true
             */
            thank_you_enabled?: boolean;
        };
        /**
         * PlaybookSettingsUpdate
         * @description JSON Merge Patch of your playbook settings (see `PlaybookSettingsRead` for each
         *     field; every one keeps a value, so `null` is refused).
         *
         *     Open tasks the playbook planned move (or close) to match the new settings.
         */
        PlaybookSettingsUpdate: {
            /** Keep In Touch Enabled */
            keep_in_touch_enabled?: boolean;
            /** Keep In Touch Interval Days */
            keep_in_touch_interval_days?: number;
            /** Linkedin Connect Enabled */
            linkedin_connect_enabled?: boolean;
            /** Linkedin Connect Working Days */
            linkedin_connect_working_days?: number;
            /** Next Steps Follow Up Enabled */
            next_steps_follow_up_enabled?: boolean;
            /**
             * Next Steps Follow Up Time
             * @description Local time of day (in the interview's time zone), e.g. `10:00`.
             * @example 10:00
             */
            next_steps_follow_up_time?: string;
            /** Next Steps Grace Days */
            next_steps_grace_days?: number;
            /** Next Steps Undated Working Days */
            next_steps_undated_working_days?: number;
            /** Periodic Update Count */
            periodic_update_count?: number;
            /** Periodic Update Enabled */
            periodic_update_enabled?: boolean;
            /** Periodic Update Interval Days */
            periodic_update_interval_days?: number;
            /** Reflection Enabled */
            reflection_enabled?: boolean;
            /** Rejection Feedback In Thank You */
            rejection_feedback_in_thank_you?: boolean;
            /** Rejection Follow Up Enabled */
            rejection_follow_up_enabled?: boolean;
            /** Thank You Deadline Hours */
            thank_you_deadline_hours?: number;
            /** Thank You Due Hours */
            thank_you_due_hours?: number;
            /** Thank You Enabled */
            thank_you_enabled?: boolean;
        };
        /** PointPreview */
        PointPreview: {
            /**
             * Nudge
             * @description A hint in plain words when the point is too long to quote, else null.
             */
            nudge: string | null;
            /**
             * Phrase
             * @description The point as a note will carry it.
             */
            phrase: string;
            /**
             * Quotable
             * @description Short enough (15 words or fewer) to be used as written; a longer point is summarised by its topic.
             */
            quotable: boolean;
            /**
             * Word Count
             * @description Words in the point's text.
             */
            word_count: number;
        };
        /** PointsPreviewRequest */
        PointsPreviewRequest: {
            /**
             * Points
             * @description Points as text or as {text, topic, my_angle}, as an interview takes them.
             */
            points: (string | components["schemas"]["DiscussionPointIn"])[];
            /**
             * To Speaker
             * @description Read as in a note to the person who raised the points ('your team's migration' for 'their migration').
             * @default false
             */
            to_speaker?: boolean;
        };
        /** PreviewTask */
        PreviewTask: {
            /** Deadline At */
            deadline_at: string | null;
            /**
             * Due At
             * Format: date-time
             */
            due_at: string;
            /** Guidance */
            guidance: string;
            /**
             * Interviewer Index
             * @description Position of the interviewer in the body's `interviewers`, when the task is addressed to one.
             */
            interviewer_index: number | null;
            kind: components["schemas"]["TaskKind"];
            /** Title */
            title: string;
        };
        /**
         * Problem
         * @description RFC 9457 problem details, with a stable machine-readable ``code``.
         */
        Problem: {
            /** Code */
            code: string;
            /** Detail */
            detail: string;
            /** Errors */
            errors?: components["schemas"]["FieldError"][];
            /** Request Id */
            request_id?: string | null;
            /** Status */
            status: number;
            /** Title */
            title: string;
            /** Type */
            type: string;
        };
        /** ReflectionRead */
        ReflectionRead: {
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Interview Id
             * Format: uuid
             */
            interview_id: string;
            /** Notes */
            notes: string | null;
            /** Questions To Prepare */
            questions_to_prepare: string[];
            /** To Improve */
            to_improve: string | null;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /** Went Well */
            went_well: string | null;
        };
        /**
         * ReflectionWrite
         * @description The whole reflection: fields left out are emptied.
         */
        ReflectionWrite: {
            /** Notes */
            notes?: string | null;
            /**
             * Questions To Prepare
             * @description Questions to prepare for next time.
             */
            questions_to_prepare?: string[];
            /**
             * To Improve
             * @description Where you could improve.
             */
            to_improve?: string | null;
            /**
             * Went Well
             * @description What went well.
             */
            went_well?: string | null;
        };
        /** RegisterBody */
        RegisterBody: {
            /**
             * Email
             * Format: email
             */
            email: string;
            /** Name */
            name?: string | null;
            /**
             * Password
             * @description At least 8 characters.
             */
            password: string;
            /**
             * Timezone
             * Format: iana-time-zone
             * @description An IANA time zone name, such as 'Europe/Berlin'.
             * @default UTC
             * @example Europe/Berlin
             */
            timezone?: string;
        };
        /**
         * ResourceCreate
         * @description An article or resource worth sharing: a note that shares it carries its title and URL.
         */
        ResourceCreate: {
            /** Note */
            note?: string | null;
            /**
             * Title
             * @description The article's or resource's title, as a note names it.
             */
            title: string;
            /**
             * Topics
             * @description Up to 20 short subjects; they help pick what a note cites. Repeats (in any case) are kept once.
             */
            topics?: string[];
            /**
             * Url
             * Format: uri
             * @description An http(s) URL.
             */
            url: string;
        };
        /** ResourceRead */
        ResourceRead: {
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Note */
            note: string | null;
            /** Title */
            title: string;
            /** Topics */
            topics: string[];
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /** Url */
            url: string;
        };
        /**
         * ResourceUpdate
         * @description JSON Merge Patch: only the fields sent change; `null` clears an optional one.
         */
        ResourceUpdate: {
            /** Note */
            note?: string | null;
            /**
             * Title
             * @description The article's or resource's title, as a note names it.
             */
            title?: string;
            /**
             * Topics
             * @description Up to 20 short subjects; they help pick what a note cites. Repeats (in any case) are kept once.
             */
            topics?: string[];
            /**
             * Url
             * Format: uri
             * @description An http(s) URL.
             */
            url?: string;
        };
        /**
         * Scope
         * @enum {string}
         */
        Scope: "profile:read" | "profile:write" | "tokens:manage" | "interviews:read" | "interviews:write" | "tasks:read" | "tasks:write" | "contacts:read" | "contacts:write" | "drafts:read" | "drafts:write" | "accomplishments:read" | "accomplishments:write" | "resources:read" | "resources:write" | "webhooks:manage" | "data:export" | "data:import";
        /** SecretRotation */
        SecretRotation: {
            /**
             * Overlap Hours
             * @description How long the previous secret keeps signing too.
             * @default 24
             */
            overlap_hours?: number;
        };
        /**
         * TaskCreate
         * @description A task added by hand, for an interview (and one of its interviewers) or a contact:
         *     send at least one of `interview_id`, `interviewer_id` and `contact_id`.
         */
        TaskCreate: {
            /**
             * Contact Id
             * Format: uuid
             * @description Defaults to the interviewer's contact.
             */
            contact_id?: string;
            /**
             * Deadline At
             * @description After this the task is overdue; not before `due_at`.
             */
            deadline_at?: string | null;
            /**
             * Due At
             * Format: date-time
             * @description RFC 3339 date-time with an offset (answered in UTC), written between 1900-01-01T00:00:00 and 2200-01-01T00:00:00.
             */
            due_at: string;
            /**
             * Interview Id
             * Format: uuid
             */
            interview_id?: string;
            /**
             * Interviewer Id
             * Format: uuid
             * @description One of the interview's interviewers.
             */
            interviewer_id?: string;
            /** @default custom */
            kind?: components["schemas"]["TaskKind"];
            /** Snoozed Until */
            snoozed_until?: string | null;
            /**
             * Title
             * @description Defaults to a title naming the person and the company.
             */
            title?: string | null;
        } | unknown | unknown | unknown;
        /** TaskInterview */
        TaskInterview: {
            /** Company */
            company: string;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Position */
            position: string;
        };
        /**
         * TaskKind
         * @enum {string}
         */
        TaskKind: "thank_you" | "next_steps_follow_up" | "periodic_update" | "share_resource" | "networking_event" | "linkedin_connect" | "rejection_thank_you" | "feedback_request" | "keep_in_touch" | "reflection" | "custom";
        /** TaskPerson */
        TaskPerson: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Name */
            name: string;
        };
        /** TaskRead */
        TaskRead: {
            /** Completed At */
            completed_at: string | null;
            /** @description The contact, for display. */
            contact: components["schemas"]["TaskPerson"] | null;
            /** Contact Id */
            contact_id: string | null;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Deadline At */
            deadline_at: string | null;
            /** Draft Id */
            draft_id: string | null;
            /**
             * Due At
             * Format: date-time
             */
            due_at: string;
            /**
             * Guidance
             * @description Why and how to do it, from the follow-up playbook.
             */
            guidance: string;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** @description The interview, for display. */
            interview: components["schemas"]["TaskInterview"] | null;
            /** Interview Id */
            interview_id: string | null;
            /** @description The interviewer, for display. */
            interviewer: components["schemas"]["TaskPerson"] | null;
            /** Interviewer Id */
            interviewer_id: string | null;
            /**
             * Is Overdue
             * @description Open, and past its deadline (or its due time when it has none).
             */
            is_overdue: boolean;
            kind: components["schemas"]["TaskKind"];
            /**
             * Origin
             * @description The playbook rule that planned the task, e.g. `thank_you:<interviewer id>`, or `manual` for a task added by hand.
             */
            origin: string;
            /**
             * Skip Reason
             * @description Why the task was skipped, when it was.
             */
            skip_reason: string | null;
            /** Snoozed Until */
            snoozed_until: string | null;
            /**
             * Status
             * @enum {string}
             */
            status: "open" | "done" | "skipped";
            /** Title */
            title: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
        };
        /**
         * TaskUpdate
         * @description JSON Merge Patch. `status` completes (`done`), skips or reopens the task;
         *     `snoozed_until` hides it from the agenda until then; a `due_at` set here is yours,
         *     and the playbook never moves the task again (its deadline moves with it).
         */
        TaskUpdate: {
            /** Deadline At */
            deadline_at?: string | null;
            /**
             * Due At
             * Format: date-time
             * @description RFC 3339 date-time with an offset (answered in UTC), written between 1900-01-01T00:00:00 and 2200-01-01T00:00:00.
             */
            due_at?: string;
            /**
             * Skip Reason
             * @description Why you skipped it (with `status: skipped`).
             */
            skip_reason?: string | null;
            /** Snoozed Until */
            snoozed_until?: string | null;
            /**
             * Status
             * @enum {string}
             */
            status?: "open" | "done" | "skipped";
            /** Title */
            title?: string;
        };
        /** TemplatePreview */
        TemplatePreview: {
            /** Body */
            body: string;
            channel: components["schemas"]["Channel"];
            /** Checks */
            checks: components["schemas"]["CheckRead"][];
            kind: components["schemas"]["DraftKind"];
            /** Subject */
            subject: string | null;
            /**
             * Template
             * @description Which template wrote it: the one in the request, your saved one, or the built-in one.
             * @enum {string}
             */
            template: "request" | "saved" | "built_in";
            to: components["schemas"]["DraftRecipient"] | null;
        };
        /**
         * TemplatePreviewRequest
         * @description Render a template against one of your interviews; nothing is saved.
         *
         *     With `body` (and `subject`), those sources are previewed; without, your saved
         *     template for this kind and channel, else the built-in one.
         */
        TemplatePreviewRequest: {
            /**
             * Body
             * @description A body template to try.
             */
            body?: string | null;
            /** Contact Id */
            contact_id?: string | null;
            /**
             * Interview Id
             * Format: uuid
             */
            interview_id: string;
            /** Interviewer Id */
            interviewer_id?: string | null;
            /**
             * Subject
             * @description A subject template to try (emails only), with `body`.
             */
            subject?: string | null;
        };
        /** TemplateRead */
        TemplateRead: {
            /** Body */
            body: string;
            channel: components["schemas"]["Channel"];
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            kind: components["schemas"]["DraftKind"];
            /** Subject */
            subject: string | null;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
        };
        /**
         * TemplateWrite
         * @description Your own template: Jinja text, rendered in a sandbox that can read the documented
         *     variables and nothing else (no attributes but a few string methods, no imports, no
         *     macros; loops, output size and render time are bounded).
         */
        TemplateWrite: {
            /** Body */
            body: string;
            /**
             * Subject
             * @description Emails only: the subject line's template.
             */
            subject?: string | null;
        };
        /** TokenCreate */
        TokenCreate: {
            /**
             * Expires In Days
             * @default 90
             */
            expires_in_days?: number;
            /** Name */
            name: string;
            /** Scopes */
            scopes: components["schemas"]["Scope"][];
        };
        /** TokenCreated */
        TokenCreated: {
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Expires At
             * Format: date-time
             */
            expires_at: string;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Name */
            name: string;
            /**
             * Prefix
             * @description The first characters of the token, to recognise it.
             */
            prefix: string;
            /** Scopes */
            scopes: string[];
            /**
             * Token
             * @description The secret (`aw_pat_…`). Shown only in this response.
             */
            token: string;
        };
        /** TokenRead */
        TokenRead: {
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Expires At
             * Format: date-time
             */
            expires_at: string;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Name */
            name: string;
            /**
             * Prefix
             * @description The first characters of the token, to recognise it.
             */
            prefix: string;
            /** Scopes */
            scopes: string[];
        };
        /** UserRead */
        UserRead: {
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Email */
            email: string;
            /**
             * Holiday Country
             * @description The country (and subdivision) whose public holidays are not working days, such as 'DE-BE'; null when public holidays are not taken into account.
             */
            holiday_country: string | null;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Name */
            name: string | null;
            /** Timezone */
            timezone: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /** Working Days */
            working_days: number[];
        };
        /**
         * UserUpdate
         * @description JSON Merge Patch of the profile: only sent fields change.
         */
        UserUpdate: {
            /** Holiday Country */
            holiday_country?: string | null;
            /** Name */
            name?: string | null;
            /**
             * Timezone
             * Format: iana-time-zone
             * @description An IANA time zone name, such as 'Europe/Berlin'.
             * @example Europe/Berlin
             */
            timezone?: string;
            /**
             * Working Days
             * @description ISO weekdays the user works: 1 = Monday … 7 = Sunday.
             */
            working_days?: number[];
        };
        /** WebhookCreate */
        WebhookCreate: {
            /** Description */
            description?: string | null;
            /**
             * Event Types
             * @description Which events to receive.
             */
            event_types: components["schemas"]["EventType"][];
            /**
             * Is Active
             * @default true
             */
            is_active?: boolean;
            /**
             * Url
             * Format: uri
             * @description An http(s) URL.
             */
            url: string;
        };
        /** WebhookRead */
        WebhookRead: {
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Description */
            description: string | null;
            /** Disabled Reason */
            disabled_reason: string | null;
            /** Event Types */
            event_types: string[];
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Is Active */
            is_active: boolean;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /** Url */
            url: string;
        };
        /** WebhookUpdate */
        WebhookUpdate: {
            /** Description */
            description?: string | null;
            /**
             * Event Types
             * @description Which events to receive.
             */
            event_types?: components["schemas"]["EventType"][];
            /**
             * Is Active
             * @description Set true to re-enable an endpoint that was disabled.
             */
            is_active?: boolean;
            /**
             * Url
             * Format: uri
             * @description An http(s) URL.
             */
            url?: string;
        };
        /** WebhookWithSecret */
        WebhookWithSecret: {
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Description */
            description: string | null;
            /** Disabled Reason */
            disabled_reason: string | null;
            /** Event Types */
            event_types: string[];
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Is Active */
            is_active: boolean;
            /**
             * Secret
             * @description `whsec_…`: verifies signatures. Shown only at creation and rotation.
             */
            secret: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /** Url */
            url: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    get_health: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_readiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    list_accomplishments: {
        parameters: {
            query?: {
                cursor?: string | null;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_AccomplishmentRead_"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    create_accomplishment: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AccomplishmentCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccomplishmentRead"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Content Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable (the database is busy saving other changes; retry after `Retry-After` seconds) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_accomplishment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                accomplishment_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccomplishmentRead"];
                };
            };
            /** @description Not Modified (If-None-Match matched) */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    delete_accomplishment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                accomplishment_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable (the database is busy saving other changes; retry after `Retry-After` seconds) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    update_accomplishment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                accomplishment_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AccomplishmentUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccomplishmentRead"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Content Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable (the database is busy saving other changes; retry after `Retry-After` seconds) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_agenda: {
        parameters: {
            query?: {
                /** @description How many days after today `upcoming` covers. */
                days?: number;
                /** @description Most tasks listed in each group; `totals` counts them all. */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Agenda"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginBody"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserRead"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Content Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable (the database is busy saving other changes; retry after `Retry-After` seconds) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable (the database is busy saving other changes; retry after `Retry-After` seconds) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    register: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterBody"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserRead"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Content Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable (the database is busy saving other changes; retry after `Retry-After` seconds) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_calendar_feed: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarFeedStatus"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    delete_calendar_feed: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable (the database is busy saving other changes; retry after `Retry-After` seconds) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_calendar_ics: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                secret: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": string;
                };
            };
            /** @description Not Modified (If-None-Match matched) */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    rotate_calendar_feed: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarFeedAddress"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable (the database is busy saving other changes; retry after `Retry-After` seconds) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    list_contacts: {
        parameters: {
            query?: {
                cursor?: string | null;
                limit?: number;
                /** @description Search names, emails and companies. */
                q?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_ContactRead_"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    create_contact: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactDetail"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Content Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable (the database is busy saving other changes; retry after `Retry-After` seconds) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_contact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                contact_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactDetail"];
                };
            };
            /** @description Not Modified (If-None-Match matched) */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    update_contact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                contact_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactDetail"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Content Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable (the database is busy saving other changes; retry after `Retry-After` seconds) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    preview_discussion_points: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PointsPreviewRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PointPreview"][];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Content Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable (the database is busy saving other changes; retry after `Retry-After` seconds) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    list_drafts: {
        parameters: {
            query?: {
                cursor?: string | null;
                interview_id?: string | null;
                kind?: components["schemas"]["DraftKind"] | null;
                limit?: number;
                /** @description '-created_at' newest first, 'created_at' oldest. */
                sort?: "-created_at" | "created_at";
                status?: ("draft" | "sent" | "discarded") | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_DraftRead_"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    create_draft: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DraftCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DraftRead"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Content Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable (the database is busy saving other changes; retry after `Retry-After` seconds) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_draft: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                draft_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DraftRead"];
                };
            };
            /** @description Not Modified (If-None-Match matched) */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    delete_draft: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                draft_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable (the database is busy saving other changes; retry after `Retry-After` seconds) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    update_draft: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                draft_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DraftUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DraftRead"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Content Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable (the database is busy saving other changes; retry after `Retry-After` seconds) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_draft_eml: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                draft_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The draft as an RFC 5322 message, marked unsent (`X-Unsent: 1`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "message/rfc822": string;
                };
            };
            /** @description Not Modified (If-None-Match matched) */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    export_data: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        accomplishments?: {
                            created_at?: string | null;
                            detail?: string | null;
                            happened_on?: string | null;
                            id?: string | null;
                            link?: string | null;
                            /** Format: date */
                            listed_on: string;
                            title: string;
                            topics?: string[] | null;
                            updated_at?: string | null;
                        }[];
                        contacts?: {
                            company?: string | null;
                            created_at?: string | null;
                            email?: string | null;
                            id?: string | null;
                            keep_in_touch_interval_days?: number | null;
                            last_contacted_at?: string | null;
                            linkedin_url?: string | null;
                            name: string;
                            notes?: string | null;
                            title?: string | null;
                            updated_at?: string | null;
                        }[];
                        drafts?: {
                            accomplishment_id?: string | null;
                            body: string;
                            /** @enum {string} */
                            channel: "email" | "linkedin" | "letter";
                            checks?: (unknown[] | Record<string, never>) | null;
                            contact_id?: string | null;
                            created_at?: string | null;
                            id?: string | null;
                            /** Format: uuid */
                            interview_id: string;
                            interviewer_id?: string | null;
                            /** @enum {string} */
                            kind: "thank_you" | "next_steps_follow_up" | "periodic_update" | "share_resource" | "linkedin_connect" | "rejection_thank_you" | "feedback_request" | "keep_in_touch";
                            resource_id?: string | null;
                            sent_at?: string | null;
                            status?: ("draft" | "sent" | "discarded") | null;
                            subject?: string | null;
                            task_id?: string | null;
                            to_email?: string | null;
                            to_name?: string | null;
                            updated_at?: string | null;
                        }[];
                        /** Format: date-time */
                        exported_at?: string;
                        /** @constant */
                        format: "afterword-export";
                        interviewers?: {
                            contact_id?: string | null;
                            discussion_points?: (string | {
                                /**
                                 * My Angle
                                 * @description Your own related experience or idea, in your words: a thank-you ties it back to what the person said.
                                 */
                                my_angle?: string | null;
                                /**
                                 * Text
                                 * @description The point as you noted it, e.g. 'their migration to Postgres'.
                                 */
                                text: string;
                                /** Topic */
                                topic?: string | null;
                            })[] | null;
                            email?: string | null;
                            id?: string | null;
                            /** Format: uuid */
                            interview_id: string;
                            is_hiring_manager?: boolean | null;
                            linkedin_url?: string | null;
                            name: string;
                            position?: number | null;
                            title?: string | null;
                        }[];
                        interviews?: {
                            company: string;
                            created_at?: string | null;
                            discussion_points?: (string | {
                                /**
                                 * My Angle
                                 * @description Your own related experience or idea, in your words: a thank-you ties it back to what the person said.
                                 */
                                my_angle?: string | null;
                                /**
                                 * Text
                                 * @description The point as you noted it, e.g. 'their migration to Postgres'.
                                 */
                                text: string;
                                /** Topic */
                                topic?: string | null;
                            })[] | null;
                            duration_minutes?: number | null;
                            external_id?: string | null;
                            format?: ("phone" | "video" | "onsite") | null;
                            id?: string | null;
                            location?: string | null;
                            next_steps_description?: string | null;
                            next_steps_expected_by?: string | null;
                            notes?: string | null;
                            outcome?: ("pending" | "advanced" | "offer" | "rejected" | "withdrawn") | null;
                            outcome_decided_at?: string | null;
                            position: string;
                            /** Format: date-time */
                            scheduled_at: string;
                            source?: string | null;
                            stage?: string | null;
                            status?: ("scheduled" | "completed" | "cancelled") | null;
                            /** Format: iana-time-zone */
                            timezone: string;
                            updated_at?: string | null;
                        }[];
                        profile?: {
                            holiday_country?: string | null;
                            name?: string | null;
                            /**
                             * PlaybookSettingsRead
                             * @description Which follow-up tasks the playbook plans for you, and when they are due.
                             */
                            playbook_settings?: {
                                /**
                                 * Keep In Touch Enabled
                                 * @description After a rejection, plan recurring keep-in-touch messages to the hiring manager.
                                 * @default true
                                 */
                                keep_in_touch_enabled?: boolean;
                                /**
                                 * Keep In Touch Interval Days
                                 * @description Days between keep-in-touch messages, counted from the decision, the last one sent or the last logged contact, whichever is latest.
                                 * @default 90
                                 */
                                keep_in_touch_interval_days?: number;
                                /**
                                 * Linkedin Connect Enabled
                                 * @description Plan a LinkedIn connection request to each interviewer with a LinkedIn URL.
                                 * @default true
                                 */
                                linkedin_connect_enabled?: boolean;
                                /**
                                 * Linkedin Connect Working Days
                                 * @description Working days after the interview at which the LinkedIn connection request is due.
                                 * @default 1
                                 */
                                linkedin_connect_working_days?: number;
                                /**
                                 * Next Steps Follow Up Enabled
                                 * @description Plan a follow-up when the date given for next steps has passed, or after a while when next steps were given without a date.
                                 * @default true
                                 */
                                next_steps_follow_up_enabled?: boolean;
                                /**
                                 * Next Steps Follow Up Time
                                 * @description Local time of day (in the interview's time zone) at which the next-steps follow-up is due, e.g. `10:00:00`.
                                 * @default 10:00:00
                                 * @example 10:00
                                 */
                                next_steps_follow_up_time?: string;
                                /**
                                 * Next Steps Grace Days
                                 * @description Working days to wait after the expected next-steps date before following up.
                                 * @default 2
                                 */
                                next_steps_grace_days?: number;
                                /**
                                 * Next Steps Undated Working Days
                                 * @description When next steps were given without a date ("final round to be scheduled"): working days after the end of the interview at which to follow up.
                                 * @default 5
                                 */
                                next_steps_undated_working_days?: number;
                                /**
                                 * Periodic Update Count
                                 * @description Most periodic updates to plan for one interview.
                                 * @default 3
                                 */
                                periodic_update_count?: number;
                                /**
                                 * Periodic Update Enabled
                                 * @description Plan periodic updates to the hiring manager while the outcome is pending.
                                 * @default true
                                 */
                                periodic_update_enabled?: boolean;
                                /**
                                 * Periodic Update Interval Days
                                 * @description Days between periodic updates.
                                 * @default 14
                                 */
                                periodic_update_interval_days?: number;
                                /**
                                 * Reflection Enabled
                                 * @description After a rejection, plan a reflection on what went well and what to improve.
                                 * @default true
                                 */
                                reflection_enabled?: boolean;
                                /**
                                 * Rejection Feedback In Thank You
                                 * @description After a rejection, ask for feedback in the thank-you note itself, as one note, instead of a separate feedback request a working day later.
                                 * @default false
                                 */
                                rejection_feedback_in_thank_you?: boolean;
                                /**
                                 * Rejection Follow Up Enabled
                                 * @description After a rejection, plan a gracious thank-you note and a request for feedback.
                                 * @default true
                                 */
                                rejection_follow_up_enabled?: boolean;
                                /**
                                 * Thank You Deadline Hours
                                 * @description Working hours after the end of the interview after which the thank-you note is overdue. A value below `thank_you_due_hours` means the note is overdue as soon as it is due.
                                 * @default 48
                                 */
                                thank_you_deadline_hours?: number;
                                /**
                                 * Thank You Due Hours
                                 * @description Working hours after the end of the interview at which the thank-you note is due.
                                 * @default 24
                                 */
                                thank_you_due_hours?: number;
                                /**
                                 * Thank You Enabled
                                 * @description Plan a thank-you note to each interviewer.
                                 * @default true
                                 */
                                thank_you_enabled?: boolean;
                            };
                            /** Format: iana-time-zone */
                            timezone?: string;
                            working_days?: number[];
                        };
                        reflections?: {
                            created_at?: string | null;
                            id?: string | null;
                            /** Format: uuid */
                            interview_id: string;
                            notes?: string | null;
                            questions_to_prepare?: string[] | null;
                            to_improve?: string | null;
                            updated_at?: string | null;
                            went_well?: string | null;
                        }[];
                        resources?: {
                            created_at?: string | null;
                            id?: string | null;
                            note?: string | null;
                            title: string;
                            topics?: string[] | null;
                            updated_at?: string | null;
                            url: string;
                        }[];
                        tasks?: {
                            closed_at?: string | null;
                            completed_at?: string | null;
                            contact_id?: string | null;
                            created_at?: string | null;
                            deadline_at?: string | null;
                            draft_id?: string | null;
                            /** Format: date-time */
                            due_at: string;
                            due_notified_at?: string | null;
                            guidance: string;
                            id?: string | null;
                            interview_id?: string | null;
                            interviewer_id?: string | null;
                            /** @enum {string} */
                            kind: "thank_you" | "next_steps_follow_up" | "periodic_update" | "share_resource" | "networking_event" | "linkedin_connect" | "rejection_thank_you" | "feedback_request" | "keep_in_touch" | "reflection" | "custom";
                            rule_key?: string | null;
                            skip_reason?: string | null;
                            snoozed_until?: string | null;
                            status?: ("open" | "done" | "skipped") | null;
                            title: string;
                            updated_at?: string | null;
                            user_modified_at?: string | null;
                        }[];
                        templates?: {
                            body: string;
                            /** @enum {string} */
                            channel: "email" | "linkedin" | "letter";
                            created_at?: string | null;
                            id?: string | null;
                            /** @enum {string} */
                            kind: "thank_you" | "next_steps_follow_up" | "periodic_update" | "share_resource" | "linkedin_connect" | "rejection_thank_you" | "feedback_request" | "keep_in_touch";
                            subject?: string | null;
                            updated_at?: string | null;
                        }[];
                        /** @constant */
                        version: 1;
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    export_interviews_csv: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    export_tasks_csv: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    import_data: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    accomplishments?: {
                        created_at?: string | null;
                        detail?: string | null;
                        happened_on?: string | null;
                        id?: string | null;
                        link?: string | null;
                        /** Format: date */
                        listed_on: string;
                        title: string;
                        topics?: string[] | null;
                        updated_at?: string | null;
                    }[];
                    contacts?: {
                        company?: string | null;
                        created_at?: string | null;
                        email?: string | null;
                        id?: string | null;
                        keep_in_touch_interval_days?: number | null;
                        last_contacted_at?: string | null;
                        linkedin_url?: string | null;
                        name: string;
                        notes?: string | null;
                        title?: string | null;
                        updated_at?: string | null;
                    }[];
                    drafts?: {
                        accomplishment_id?: string | null;
                        body: string;
                        /** @enum {string} */
                        channel: "email" | "linkedin" | "letter";
                        checks?: (unknown[] | Record<string, never>) | null;
                        contact_id?: string | null;
                        created_at?: string | null;
                        id?: string | null;
                        /** Format: uuid */
                        interview_id: string;
                        interviewer_id?: string | null;
                        /** @enum {string} */
                        kind: "thank_you" | "next_steps_follow_up" | "periodic_update" | "share_resource" | "linkedin_connect" | "rejection_thank_you" | "feedback_request" | "keep_in_touch";
                        resource_id?: string | null;
                        sent_at?: string | null;
                        status?: ("draft" | "sent" | "discarded") | null;
                        subject?: string | null;
                        task_id?: string | null;
                        to_email?: string | null;
                        to_name?: string | null;
                        updated_at?: string | null;
                    }[];
                    /** Format: date-time */
                    exported_at?: string;
                    /** @constant */
                    format: "afterword-export";
                    interviewers?: {
                        contact_id?: string | null;
                        discussion_points?: (string | {
                            /**
                             * My Angle
                             * @description Your own related experience or idea, in your words: a thank-you ties it back to what the person said.
                             */
                            my_angle?: string | null;
                            /**
                             * Text
                             * @description The point as you noted it, e.g. 'their migration to Postgres'.
                             */
                            text: string;
                            /** Topic */
                            topic?: string | null;
                        })[] | null;
                        email?: string | null;
                        id?: string | null;
                        /** Format: uuid */
                        interview_id: string;
                        is_hiring_manager?: boolean | null;
                        linkedin_url?: string | null;
                        name: string;
                        position?: number | null;
                        title?: string | null;
                    }[];
                    interviews?: {
                        company: string;
                        created_at?: string | null;
                        discussion_points?: (string | {
                            /**
                             * My Angle
                             * @description Your own related experience or idea, in your words: a thank-you ties it back to what the person said.
                             */
                            my_angle?: string | null;
                            /**
                             * Text
                             * @description The point as you noted it, e.g. 'their migration to Postgres'.
                             */
                            text: string;
                            /** Topic */
                            topic?: string | null;
                        })[] | null;
                        duration_minutes?: number | null;
                        external_id?: string | null;
                        format?: ("phone" | "video" | "onsite") | null;
                        id?: string | null;
                        location?: string | null;
                        next_steps_description?: string | null;
                        next_steps_expected_by?: string | null;
                        notes?: string | null;
                        outcome?: ("pending" | "advanced" | "offer" | "rejected" | "withdrawn") | null;
                        outcome_decided_at?: string | null;
                        position: string;
                        /** Format: date-time */
                        scheduled_at: string;
                        source?: string | null;
                        stage?: string | null;
                        status?: ("scheduled" | "completed" | "cancelled") | null;
                        /** Format: iana-time-zone */
                        timezone: string;
                        updated_at?: string | null;
                    }[];
                    profile?: {
                        holiday_country?: string | null;
                        name?: string | null;
                        /**
                         * PlaybookSettingsRead
                         * @description Which follow-up tasks the playbook plans for you, and when they are due.
                         */
                        playbook_settings?: {
                            /**
                             * Keep In Touch Enabled
                             * @description After a rejection, plan recurring keep-in-touch messages to the hiring manager.
                             * @default true
                             */
                            keep_in_touch_enabled?: boolean;
                            /**
                             * Keep In Touch Interval Days
                             * @description Days between keep-in-touch messages, counted from the decision, the last one sent or the last logged contact, whichever is latest.
                             * @default 90
                             */
                            keep_in_touch_interval_days?: number;
                            /**
                             * Linkedin Connect Enabled
                             * @description Plan a LinkedIn connection request to each interviewer with a LinkedIn URL.
                             * @default true
                             */
                            linkedin_connect_enabled?: boolean;
                            /**
                             * Linkedin Connect Working Days
                             * @description Working days after the interview at which the LinkedIn connection request is due.
                             * @default 1
                             */
                            linkedin_connect_working_days?: number;
                            /**
                             * Next Steps Follow Up Enabled
                             * @description Plan a follow-up when the date given for next steps has passed, or after a while when next steps were given without a date.
                             * @default true
                             */
                            next_steps_follow_up_enabled?: boolean;
                            /**
                             * Next Steps Follow Up Time
                             * @description Local time of day (in the interview's time zone) at which the next-steps follow-up is due, e.g. `10:00:00`.
                             * @default 10:00:00
                             * @example 10:00
                             */
                            next_steps_follow_up_time?: string;
                            /**
                             * Next Steps Grace Days
                             * @description Working days to wait after the expected next-steps date before following up.
                             * @default 2
                             */
                            next_steps_grace_days?: number;
                            /**
                             * Next Steps Undated Working Days
                             * @description When next steps were given without a date ("final round to be scheduled"): working days after the end of the interview at which to follow up.
                             * @default 5
                             */
                            next_steps_undated_working_days?: number;
                            /**
                             * Periodic Update Count
                             * @description Most periodic updates to plan for one interview.
                             * @default 3
                             */
                            periodic_update_count?: number;
                            /**
                             * Periodic Update Enabled
                             * @description Plan periodic updates to the hiring manager while the outcome is pending.
                             * @default true
                             */
                            periodic_update_enabled?: boolean;
                            /**
                             * Periodic Update Interval Days
                             * @description Days between periodic updates.
                             * @default 14
                             */
                            periodic_update_interval_days?: number;
                            /**
                             * Reflection Enabled
                             * @description After a rejection, plan a reflection on what went well and what to improve.
                             * @default true
                             */
                            reflection_enabled?: boolean;
                            /**
                             * Rejection Feedback In Thank You
                             * @description After a rejection, ask for feedback in the thank-you note itself, as one note, instead of a separate feedback request a working day later.
                             * @default false
                             */
                            rejection_feedback_in_thank_you?: boolean;
                            /**
                             * Rejection Follow Up Enabled
                             * @description After a rejection, plan a gracious thank-you note and a request for feedback.
                             * @default true
                             */
                            rejection_follow_up_enabled?: boolean;
                            /**
                             * Thank You Deadline Hours
                             * @description Working hours after the end of the interview after which the thank-you note is overdue. A value below `thank_you_due_hours` means the note is overdue as soon as it is due.
                             * @default 48
                             */
                            thank_you_deadline_hours?: number;
                            /**
                             * Thank You Due Hours
                             * @description Working hours after the end of the interview at which the thank-you note is due.
                             * @default 24
                             */
                            thank_you_due_hours?: number;
                            /**
                             * Thank You Enabled
                             * @description Plan a thank-you note to each interviewer.
                             * @default true
                             */
                            thank_you_enabled?: boolean;
                        };
                        /** Format: iana-time-zone */
                        timezone?: string;
                        working_days?: number[];
                    };
                    reflections?: {
                        created_at?: string | null;
                        id?: string | null;
                        /** Format: uuid */
                        interview_id: string;
                        notes?: string | null;
                        questions_to_prepare?: string[] | null;
                        to_improve?: string | null;
                        updated_at?: string | null;
                        went_well?: string | null;
                    }[];
                    resources?: {
                        created_at?: string | null;
                        id?: string | null;
                        note?: string | null;
                        title: string;
                        topics?: string[] | null;
                        updated_at?: string | null;
                        url: string;
                    }[];
                    tasks?: {
                        closed_at?: string | null;
                        completed_at?: string | null;
                        contact_id?: string | null;
                        created_at?: string | null;
                        deadline_at?: string | null;
                        draft_id?: string | null;
                        /** Format: date-time */
                        due_at: string;
                        due_notified_at?: string | null;
                        guidance: string;
                        id?: string | null;
                        interview_id?: string | null;
                        interviewer_id?: string | null;
                        /** @enum {string} */
                        kind: "thank_you" | "next_steps_follow_up" | "periodic_update" | "share_resource" | "networking_event" | "linkedin_connect" | "rejection_thank_you" | "feedback_request" | "keep_in_touch" | "reflection" | "custom";
                        rule_key?: string | null;
                        skip_reason?: string | null;
                        snoozed_until?: string | null;
                        status?: ("open" | "done" | "skipped") | null;
                        title: string;
                        updated_at?: string | null;
                        user_modified_at?: string | null;
                    }[];
                    templates?: {
                        body: string;
                        /** @enum {string} */
                        channel: "email" | "linkedin" | "letter";
                        created_at?: string | null;
                        id?: string | null;
                        /** @enum {string} */
                        kind: "thank_you" | "next_steps_follow_up" | "periodic_update" | "share_resource" | "linkedin_connect" | "rejection_thank_you" | "feedback_request" | "keep_in_touch";
                        subject?: string | null;
                        updated_at?: string | null;
                    }[];
                    /** @constant */
                    version: 1;
                };
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: number;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Content Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable (the database is busy saving other changes; retry after `Retry-After` seconds) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    list_interviews: {
        parameters: {
            query?: {
                /** @description Exact company name, case-insensitive. */
                company?: string | null;
                cursor?: string | null;
                limit?: number;
                outcome?: ("pending" | "advanced" | "offer" | "rejected" | "withdrawn") | null;
                /** @description Search company, position and interviewer names. */
                q?: string | null;
                /** @description Only interviews scheduled at or after this time. */
                scheduled_after?: string | null;
                /** @description Only interviews scheduled before this time. */
                scheduled_before?: string | null;
                /** @description '-scheduled_at' newest first, 'scheduled_at' soonest first, '-created_at' recently added first. */
                sort?: "-scheduled_at" | "scheduled_at" | "-created_at";
                status?: ("scheduled" | "completed" | "cancelled") | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_InterviewRead_"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    create_interview: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InterviewCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InterviewRead"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Content Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable (the database is busy saving other changes; retry after `Retry-After` seconds) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_interview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                interview_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InterviewRead"];
                };
            };
            /** @description Not Modified (If-None-Match matched) */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    delete_interview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                interview_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable (the database is busy saving other changes; retry after `Retry-After` seconds) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    update_interview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                interview_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InterviewUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InterviewRead"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Content Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable (the database is busy saving other changes; retry after `Retry-After` seconds) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_reflection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                interview_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReflectionRead"];
                };
            };
            /** @description Not Modified (If-None-Match matched) */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    put_reflection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                interview_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReflectionWrite"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReflectionRead"];
                };
            };
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReflectionRead"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Content Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable (the database is busy saving other changes; retry after `Retry-After` seconds) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    upsert_interview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                external_id: string;
                source: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InterviewReplace"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InterviewRead"];
                };
            };
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InterviewRead"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Content Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable (the database is busy saving other changes; retry after `Retry-After` seconds) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    update_interview_by_external_id: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                external_id: string;
                source: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InterviewUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InterviewRead"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Content Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable (the database is busy saving other changes; retry after `Retry-After` seconds) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    import_interview_invite: {
        parameters: {
            query?: {
                company?: string | null;
                position?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description An iCalendar invitation (at most 256 KB). */
        requestBody: {
            content: {
                "text/calendar": string;
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InterviewRead"];
                };
            };
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InterviewRead"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Content Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable (the database is busy saving other changes; retry after `Retry-After` seconds) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserRead"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    update_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserRead"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Content Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable (the database is busy saving other changes; retry after `Retry-After` seconds) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_playbook_settings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlaybookSettingsRead"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    update_playbook_settings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlaybookSettingsUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlaybookSettingsRead"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Content Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable (the database is busy saving other changes; retry after `Retry-After` seconds) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    preview_playbook: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InterviewCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlaybookPreview"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Content Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable (the database is busy saving other changes; retry after `Retry-After` seconds) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    list_resources: {
        parameters: {
            query?: {
                cursor?: string | null;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_ResourceRead_"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    create_resource: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResourceCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResourceRead"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Content Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable (the database is busy saving other changes; retry after `Retry-After` seconds) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_resource: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                resource_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResourceRead"];
                };
            };
            /** @description Not Modified (If-None-Match matched) */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    delete_resource: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                resource_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable (the database is busy saving other changes; retry after `Retry-After` seconds) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    update_resource: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                resource_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResourceUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResourceRead"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Content Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable (the database is busy saving other changes; retry after `Retry-After` seconds) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    list_tasks: {
        parameters: {
            query?: {
                contact_id?: string | null;
                cursor?: string | null;
                /** @description Only tasks due at or after this time. */
                due_after?: string | null;
                /** @description Only tasks due before this time. */
                due_before?: string | null;
                interview_id?: string | null;
                kind?: components["schemas"]["TaskKind"] | null;
                limit?: number;
                /** @description true: only open tasks past their deadline (or due time); false: every other task. */
                overdue?: boolean | null;
                /** @description 'due_at' soonest first, '-due_at' last. */
                sort?: "due_at" | "-due_at";
                status?: ("open" | "done" | "skipped") | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_TaskRead_"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    create_task: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TaskCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskRead"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Content Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable (the database is busy saving other changes; retry after `Retry-After` seconds) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_task: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                task_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskRead"];
                };
            };
            /** @description Not Modified (If-None-Match matched) */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    delete_task: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                task_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable (the database is busy saving other changes; retry after `Retry-After` seconds) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    update_task: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                task_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TaskUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskRead"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Content Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable (the database is busy saving other changes; retry after `Retry-After` seconds) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    create_task_draft: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                task_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DraftRead"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable (the database is busy saving other changes; retry after `Retry-After` seconds) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    list_templates: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TemplateRead"][];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_template: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                channel: components["schemas"]["Channel"];
                kind: components["schemas"]["DraftKind"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TemplateRead"];
                };
            };
            /** @description Not Modified (If-None-Match matched) */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    upsert_template: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                channel: components["schemas"]["Channel"];
                kind: components["schemas"]["DraftKind"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TemplateWrite"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TemplateRead"];
                };
            };
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TemplateRead"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Content Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable (the database is busy saving other changes; retry after `Retry-After` seconds) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    delete_template: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                channel: components["schemas"]["Channel"];
                kind: components["schemas"]["DraftKind"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable (the database is busy saving other changes; retry after `Retry-After` seconds) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    preview_template: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                channel: components["schemas"]["Channel"];
                kind: components["schemas"]["DraftKind"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TemplatePreviewRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TemplatePreview"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Content Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable (the database is busy saving other changes; retry after `Retry-After` seconds) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    list_tokens: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenRead"][];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    create_token: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TokenCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenCreated"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Content Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable (the database is busy saving other changes; retry after `Retry-After` seconds) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    delete_token: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable (the database is busy saving other changes; retry after `Retry-After` seconds) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    list_webhooks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_WebhookRead_"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    create_webhook: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookWithSecret"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Content Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable (the database is busy saving other changes; retry after `Retry-After` seconds) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_webhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                webhook_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookRead"];
                };
            };
            /** @description Not Modified (If-None-Match matched) */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    delete_webhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                webhook_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable (the database is busy saving other changes; retry after `Retry-After` seconds) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    update_webhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                webhook_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookRead"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Content Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable (the database is busy saving other changes; retry after `Retry-After` seconds) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    list_webhook_deliveries: {
        parameters: {
            query?: {
                cursor?: string | null;
                limit?: number;
                status?: ("pending" | "succeeded" | "failed") | null;
            };
            header?: never;
            path: {
                webhook_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_DeliveryRead_"];
                };
            };
            /** @description Not Modified (If-None-Match matched) */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    redeliver_webhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                delivery_id: string;
                webhook_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeliveryRead"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable (the database is busy saving other changes; retry after `Retry-After` seconds) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    rotate_webhook_secret: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                webhook_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SecretRotation"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookWithSecret"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Content Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable (the database is busy saving other changes; retry after `Retry-After` seconds) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
