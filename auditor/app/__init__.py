"""`auditor app`: the scanner as a local page in the browser, for people who never open a terminal.

`security.py` (who may talk to the page), `session.py` (inputs, the scan, the actions), `page.py`
(the page itself), `server.py` (the loopback HTTP server and its life cycle). Nothing here
detects anything: it calls the engine, reporters and fixers exactly as the CLI does.
"""
