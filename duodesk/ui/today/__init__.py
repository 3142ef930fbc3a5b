"""The Today page (SPEC §4.1): the coordinator's work list, the page DuoDesk opens on."""
