"""Window pieces of issue 17: exports, the NCIP queue (our ILS)."""
