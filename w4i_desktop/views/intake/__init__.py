"""The intake interview a volunteer runs, page by page."""
