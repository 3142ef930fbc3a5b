"""Table models and views shared by every list of the program (mentees, mentors, duos…)."""
