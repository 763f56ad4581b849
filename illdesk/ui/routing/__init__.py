"""Routing rules and queues (issue 25)."""
