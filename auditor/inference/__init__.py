"""Pattern-of-life inference: what an observer learns by putting a scan's positions together.

Kept empty on purpose, so that no module of the package depends on the package itself:
`pipeline.infer(items, profile)` is the entry point; `clusters`, `timezones`, `patterns`,
`places`, `sites`, `remedy` and `findings` are its steps, and `rules` describes the
pattern-of-life rules it produces.
"""
