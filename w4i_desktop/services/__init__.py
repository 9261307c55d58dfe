"""Use cases over the encrypted database. Nothing here imports Qt."""
