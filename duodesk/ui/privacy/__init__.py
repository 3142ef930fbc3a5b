"""The Privacy page (SPEC §4.8, §9): the files due for anonymisation, the audit log, and
erasure on request."""
