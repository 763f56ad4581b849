"""Serial barcode scanners: framing the byte stream into scans and a reconnecting reader."""
