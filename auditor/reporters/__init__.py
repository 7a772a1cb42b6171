"""Reporters render a result dict (a ScanResult's `to_dict()` or its saved JSON); they never read
inputs or re-run rules.

Callers go through `auditor.reporters.output`: `render(result, fmt, options)` for report text and
`show(result, console, options)` for the terminal summary; both prepare (redact, coarsen, hide
baselined findings) first. This `__init__` stays empty so importing one reporter loads no other.
"""
