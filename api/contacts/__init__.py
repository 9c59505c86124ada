"""Contacts: the people a user meets across interviews."""
