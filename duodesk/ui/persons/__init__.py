"""The screens of mentees and mentors: their tables, the global search over them."""
