"""MARC in and out: reading our catalogue's holdings, exporting citations (pymarc)."""
