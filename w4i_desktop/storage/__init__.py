"""Encrypted storage: key slots, the engine factory, the writer lock, migrations and backups."""
