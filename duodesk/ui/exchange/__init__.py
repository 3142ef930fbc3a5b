"""The headquarters exchange in the window: export, import and the conflicts to resolve."""
