"""Window pieces for our own library system and our records: exports, the NCIP queue (ILS)."""
