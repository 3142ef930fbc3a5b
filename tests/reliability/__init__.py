"""Proofs that nothing is lost (issue 9 item 6, SPEC §10): processes killed at random
moments, a full disk, damaged and read-only databases, a second window, bad input."""
