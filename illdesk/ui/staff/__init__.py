"""Staff sign-in, roles and the audit view; patron privacy actions."""
