"""Fetch an organisation profile from an intranet URL, pinned by its SHA-256.

`--profile https://intranet.example/auditor/team.toml#sha256=<64 hex digits>` lets an
integrity team roll out its own site list and terms. The pin is mandatory: without it, or when
the downloaded bytes do not hash to it, nothing is used and `ProfileError` is raised (exit 2).
Because the pin fixes the content, plain http on an intranet is accepted too.

One of only two places in auditor that open a network connection (the other is
`auditor.teams.upload`), and only for a URL the user passed explicitly; a scan with a built-in or
local profile never calls it. It returns the text and never writes it anywhere.
"""

from __future__ import annotations

import hashlib
import re
import socket
import threading
import time
import tomllib
from pathlib import PurePosixPath
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from auditor import __version__
from auditor.config.profile import Profile, ProfileError, resolve, validate

MAX_BYTES = 1024 * 1024
DEFAULT_TIMEOUT = 15.0
_PIN = re.compile(r"^sha256=([0-9a-fA-F]{64})$")


class FetchError(ProfileError):
    """A profile URL that is unpinned, mismatched or unreachable."""


class BodyTooLarge(ValueError):
    """An answer longer than the caller's cap."""


class TooSlow(TimeoutError):
    """An answer that did not finish within the whole-download deadline."""


def _socket_of(resp: Any) -> socket.socket | None:
    """The socket under a `requests` response (urllib3 2 and 1 keep it in different places)."""
    raw = getattr(resp, "raw", None)
    for path in (("_connection", "sock"), ("_fp", "fp", "raw", "_sock")):
        obj = raw
        for name in path:
            obj = getattr(obj, name, None)
        if isinstance(obj, socket.socket):
            return obj
    return None


def read_bounded(resp: Any, limit: int, deadline: float) -> bytes:
    """The body of a streamed `requests` response: at most `limit` bytes (else BodyTooLarge), all
    of it before `deadline` (a `time.monotonic()` value; else TooSlow).

    The deadline covers the whole download, not one read: a server that drips a byte every few
    seconds never trips a per-read timeout, so a timer closes the response when time is up and
    the blocked read ends.
    """
    left = deadline - time.monotonic()
    if left <= 0:
        raise TooSlow
    fired = threading.Event()

    def expire() -> None:
        fired.set()
        sock = _socket_of(resp)
        if sock is not None:  # closing alone does not wake a read blocked in another thread
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
        resp.close()

    timer = threading.Timer(left, expire)
    timer.daemon = True
    timer.start()
    body = bytearray()
    try:
        for chunk in resp.iter_content(8192):
            body += chunk
            if len(body) > limit:
                raise BodyTooLarge
            if time.monotonic() > deadline:
                raise TooSlow
    except (BodyTooLarge, TooSlow):
        raise
    except Exception:
        if fired.is_set():
            raise TooSlow from None
        raise
    finally:
        timer.cancel()
    if fired.is_set():
        raise TooSlow
    return bytes(body)


def is_url(spec: str) -> bool:
    return spec.lower().startswith(("http://", "https://"))


def split_pin(spec: str) -> tuple[str, str]:
    """'URL#sha256=HEX' -> (URL without the fragment, lower-case hex)."""
    parts = urlsplit(spec)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise FetchError(f"not an http(s) profile URL: {spec}")
    url = urlunsplit(parts._replace(fragment=""))
    m = _PIN.match(parts.fragment)
    if not m:
        raise FetchError(
            f"profile URL {url} has no pinned hash: append #sha256=<64 hex digits> "
            "(e.g. the output of 'sha256sum team.toml') so a changed file is refused"
        )
    return url, m.group(1).lower()


def fetch(spec: str, timeout: float = DEFAULT_TIMEOUT) -> tuple[str, str]:
    """Download a pinned profile; return (URL, text). Raises FetchError."""
    url, pin = split_pin(spec)
    import requests  # lazy: optional HTTP client, loaded only for an explicit profile URL

    deadline = time.monotonic() + timeout  # for the whole download, not per read
    try:
        with requests.get(
            url, timeout=timeout, stream=True, allow_redirects=True, headers={"User-Agent": f"auditor/{__version__}"}
        ) as resp:
            if resp.status_code != 200:
                raise FetchError(f"profile URL {url} answered {resp.status_code} {resp.reason or ''}".rstrip())
            try:
                body = read_bounded(resp, MAX_BYTES, deadline)
            except BodyTooLarge:
                raise FetchError(f"profile at {url} is larger than {MAX_BYTES} bytes") from None
    except TooSlow:
        raise FetchError(f"profile at {url} did not finish downloading within {timeout:g} s; not used") from None
    except requests.Timeout:
        raise FetchError(f"no answer from {url} within {timeout:g} s") from None
    except requests.RequestException as exc:
        raise FetchError(f"could not fetch profile {url}: {exc.__class__.__name__}") from None
    got = hashlib.sha256(body).hexdigest()
    if got != pin:
        raise FetchError(f"profile at {url} does not match its pinned hash (expected sha256 {pin}, got {got}); not used")
    try:
        return url, body.decode("utf-8")
    except UnicodeDecodeError:
        raise FetchError(f"profile at {url} is not UTF-8 text") from None


def load_url(spec: str, timeout: float = DEFAULT_TIMEOUT) -> Profile:
    """Fetch, verify and load a pinned profile URL; like a local TOML file it extends dibp."""
    url, text = fetch(spec, timeout)
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ProfileError(f"{url}: invalid TOML: {exc}") from None
    meta = raw.setdefault("profile", {})
    if isinstance(meta, dict):
        meta.setdefault("extends", "dibp")
    data = resolve(raw, origin=url, seen=set())
    validate(data, origin=url)
    meta = data.get("profile", {})
    stem = PurePosixPath(urlsplit(url).path).stem or "remote"
    return Profile(
        name=str(meta.get("name") or stem),
        title=str(meta.get("title", "")),
        policy_name=str(meta.get("policy", "")),
        data=data,
        source=f"{url}#sha256={hashlib.sha256(text.encode('utf-8')).hexdigest()}",
    )
