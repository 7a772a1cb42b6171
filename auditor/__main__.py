"""`python -m auditor`: the same command line as the `auditor` script (see `auditor.cli`)."""

from auditor.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
