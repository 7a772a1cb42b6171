"""Fixers: tools that write cleaned copies of the user's files (`auditor strip`).

A fixer never modifies an original and never decides what is risky; it acts on what a scan or the
user names. This init imports nothing, so loading one fixer never loads the others.
"""
