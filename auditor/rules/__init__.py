"""Rules: what each check finds in one Item, and why (one module per family of rules).

The package is deliberately empty so that importing one module (e.g. `auditor.rules.base`) does
not load every family: the list of all rules is `auditor.rules.registry`, the shared text
features are `auditor.rules.features`, and the types are in `auditor.rules.base`.
"""
