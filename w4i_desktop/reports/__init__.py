"""Reports: the quarterly indicators, their periods and small-cell suppression."""
