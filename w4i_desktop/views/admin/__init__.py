"""Settings and the administrator's dialogs: users, sites, skills, pathways, backups, retention and
the database check."""
