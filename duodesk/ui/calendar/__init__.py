"""The Calendar page (SPEC §4.5; issue 6): month, week and agenda views of every meeting,
and the meeting dialog they open."""
