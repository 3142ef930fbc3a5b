"""DuoDesk's core: domain, persistence and services. Never imports Qt (a test checks it)."""
