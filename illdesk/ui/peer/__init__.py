"""ISO 18626 peer messaging in the window: the outbox dialog."""
