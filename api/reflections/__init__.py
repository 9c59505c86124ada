"""Reflections: what a user learns from each interview."""
