"""Routing rules and queues."""
