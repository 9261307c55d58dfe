"""The dashboard and the Reports screen."""
