"""Accomplishments: what the user did and recorded, for updates to cite."""
