"""A participant: the list, her record and its tabs, and the dialogs opened from it."""
