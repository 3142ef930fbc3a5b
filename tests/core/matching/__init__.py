"""Tests of the matching engine and the duodesk match command."""
