"""Discussion points shown as a note will read them."""
