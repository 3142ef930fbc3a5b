"""The Matching page (SPEC §4.3, §7): ranked mentors for a waiting mentee, the whole-pool
proposal, the dialog that proposes a duo, and the matching weights of Settings."""
