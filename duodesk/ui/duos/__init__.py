"""The Duos page, a duo's window with its lifecycle dialogs, and the Duos and Evaluations
tabs of a person's file (SPEC §4.4)."""
