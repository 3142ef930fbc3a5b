"""Tools for developers (translation upkeep); not used by the running program."""
