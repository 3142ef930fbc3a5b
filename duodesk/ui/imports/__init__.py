"""The Import / Export page and the partner import wizard (SPEC §4.6, §5)."""
