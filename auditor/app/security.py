"""Who may talk to the app: the per-session token, the Host and the Origin of each request.

The app listens on 127.0.0.1 only, but any web page the officer visits could still send
requests to a loopback port, and a DNS-rebinding page can even make its own name resolve to
127.0.0.1. So every request must carry the session's secret token (in the URL or the
`X-Auditor-Token` header), name this server in `Host` (a rebinding page sends its own name),
and, when the browser says where it comes from (`Origin`, `Sec-Fetch-Site`), come from this
page. A request that changes anything (POST) must say so with an `Origin`.

Pure functions on strings: no sockets, no state.
"""

from __future__ import annotations

import hmac
import secrets
from collections.abc import Mapping

LOOPBACK = "127.0.0.1"
TOKEN_HEADER = "X-Auditor-Token"


def new_token() -> str:
    """A fresh unguessable token for one session (192 bits)."""
    return secrets.token_urlsafe(24)


def own_hosts(port: int) -> set[str]:
    return {f"{LOOPBACK}:{port}", f"localhost:{port}"}


def own_origins(port: int) -> set[str]:
    return {f"http://{h}" for h in own_hosts(port)}


def _header(headers: Mapping[str, str], name: str) -> str | None:
    for k, v in headers.items():
        if k.lower() == name.lower():
            return v
    return None


def refusal(method: str, headers: Mapping[str, str], query_token: str | None, token: str, port: int) -> str | None:
    """Why a request must be refused, or None when it may go ahead."""
    host = (_header(headers, "Host") or "").strip().lower()
    if host not in own_hosts(port):
        return "wrong host"
    origin = _header(headers, "Origin")
    if origin is not None and origin.strip().lower() not in own_origins(port):
        return "foreign origin"
    if method not in ("GET", "HEAD") and origin is None:
        return "missing origin"
    if (_header(headers, "Sec-Fetch-Site") or "").lower() == "cross-site":
        return "cross-site request"
    given = _header(headers, TOKEN_HEADER) or query_token or ""
    if not hmac.compare_digest(given.encode("utf-8", "replace"), token.encode("utf-8")):
        return "wrong token"
    return None
