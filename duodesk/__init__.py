"""DuoDesk: the desktop tool of the coordinators of a mentoring-for-employment programme."""

__version__ = "0.1.0"
