"""File → Back up now / Restore…, and the hourly backup schedule of the window."""
