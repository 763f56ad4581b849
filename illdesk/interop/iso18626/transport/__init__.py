"""ISO 18626 over HTTP: the listener (:mod:`server`) and the sending outbox (:mod:`outbox`)."""
