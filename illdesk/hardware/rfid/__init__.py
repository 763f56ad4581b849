"""RFID pads (ISO 15693 readers) over a serial line, and library tag handling."""
