"""The import wizard for spreadsheets of participants or employers."""
