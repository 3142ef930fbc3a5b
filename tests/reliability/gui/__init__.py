"""The reliability proofs that need the window: damaged or unwritable databases at start."""
