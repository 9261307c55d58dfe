"""The main window and what surrounds the work: first run, sign-in, menus, help, About."""
