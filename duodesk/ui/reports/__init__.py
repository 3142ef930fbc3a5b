"""The Reports page: the impact indicators of SPEC §8 beside the published figures, with a
chart, and their export to PDF and Excel."""
