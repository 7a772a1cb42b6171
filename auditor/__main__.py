import sys

if len(sys.argv) > 1 and sys.argv[1] == "check":
    # fast path for draft checks: skip importing the whole CLI (see auditor.commands.check)
    from auditor.commands.check import fast_main

    _code = fast_main(sys.argv[2:])
    if _code is not None:
        sys.exit(_code)

from auditor.cli import main  # noqa: E402

if __name__ == "__main__":
    main()
