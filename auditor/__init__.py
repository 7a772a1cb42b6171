"""auditor: find what your social media data exposes about your public-service job, offline."""

__version__ = "0.1.0"
