"""Integrity-team and onboarding features: anonymised aggregates, their upload, the onboarding walk."""
