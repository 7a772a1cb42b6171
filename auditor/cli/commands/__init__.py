"""The CLI's commands, one module per command family, so they stay out of each other's way.

`COMMANDS` is the one table of every command: its name, the module that registers it and its
one-line summary, in the order of `auditor --help`. The fast top-level help
(`auditor.cli.usage`) prints it without typer; `auditor.cli.app` gives each typer command the
same summary and, to run one command, imports only that command's module. Each module in
`MODULES` defines `register(app: typer.Typer) -> None` and adds its commands there. Keep the
modules thin: parse options, call the library, render through `auditor.reporters`, and talk to
the user through `auditor.cli.output`; never import another command's or the app's private
names. This `__init__` stays light (no typer, no auditor import): `auditor --help` and the
`check` fast path read it.
"""

# (command, module under auditor.cli.commands that registers it, one-line summary); a summary
# fits one line of an 80-column `auditor --help` (66 characters at most)
COMMANDS: tuple[tuple[str, str, str], ...] = (
    ("scan", "scan", "Scan exports and photos: a summary, or the full report with -o."),
    ("app", "app", "Open the scanner in your browser; nothing leaves this computer."),
    ("rules", "rules", "List every rule: code, name, category, severity."),
    ("rule", "rules", "Explain one rule: what it finds, why it matters, how to fix it."),
    ("profiles", "rules", "List the built-in organisation profiles."),
    ("report", "report", "Re-render a saved scan result without rescanning."),
    ("baseline", "report", "Write a baseline: the fingerprints of a result's findings."),
    ("diff", "report", "Show what was fixed and what is new since an earlier result."),
    ("strip", "strip", "Write copies of photos and videos without GPS (originals kept)."),
    ("demo", "demo", "Scan an invented officer's exports: what an adversary would see."),
    ("stats", "stats", "Count findings by category, severity, platform, month and fix."),
    ("onboard", "onboard", "Walk a new starter through device and account settings."),
    ("formats", "formats", "List every supported platform and the export files it reads."),
    ("check", "check", "Check a draft post before you publish it (exit 1: reconsider)."),
    ("profile", "profile", "Validate and show organisation profiles."),
)

SUMMARIES: dict[str, str] = {name: summary for name, _module, summary in COMMANDS}
MODULE_OF: dict[str, str] = {name: module for name, module, _summary in COMMANDS}

# the command modules, in the order they register (the order of COMMANDS)
MODULES: list[str] = list(dict.fromkeys(module for _name, module, _summary in COMMANDS))
