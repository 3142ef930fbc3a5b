"""Reading partner referral files (SPEC §5): the file, its sheet, header and data rows,
the columns' meaning and each row's values cleaned, all without Qt."""
