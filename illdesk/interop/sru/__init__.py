"""Catalogue search: SRU searchRetrieve over HTTP, Z39.50 through yaz-client when installed."""
