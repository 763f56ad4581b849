"""NCIP 2.02 client for the library's own ILS (temporary items, check out/in, patrons)."""
