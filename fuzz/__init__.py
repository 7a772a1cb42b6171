"""Fuzz harnesses (see fuzz/run.py)."""
