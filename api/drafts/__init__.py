"""Note drafts: the facts a note is built from, built-in and user templates, checks, export."""
