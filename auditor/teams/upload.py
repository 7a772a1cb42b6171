"""Send an anonymised statistics summary to an integrity team's endpoint (HTTP POST, requests).

One of only two places in auditor that open a network connection (the other is
`auditor.config.fetch`), and only when the user runs `auditor stats --send URL` and confirms.
It sends exactly the bytes it is given (the ones the preview showed), follows no redirects (a
redirect would re-send the summary somewhere the user did not name) and never reads or sends
anything else. A scan never calls this module.
"""

from __future__ import annotations

import time
from urllib.parse import urlsplit

from auditor import __version__
from auditor.config.fetch import BodyTooLarge, TooSlow, read_bounded

DEFAULT_TIMEOUT = 15.0
MAX_ANSWER = 64 * 1024  # the answer is read only this far (its status is what counts)


class UploadError(RuntimeError):
    """The summary could not be delivered (the CLI prints it and exits 2)."""


def check_url(url: str) -> str:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise UploadError(f"not an http(s) URL: {url!r}")
    return url


def send(url: str, body: bytes, timeout: float = DEFAULT_TIMEOUT) -> int:
    """POST body as JSON to url; return the HTTP status, or raise UploadError."""
    check_url(url)
    import requests  # lazy: only `stats --send` needs an HTTP client; nothing else in auditor may pull one in

    deadline = time.monotonic() + timeout  # the whole exchange, not one read
    try:
        with requests.post(
            url,
            data=body,
            headers={"Content-Type": "application/json; charset=utf-8", "User-Agent": f"auditor/{__version__}"},
            timeout=timeout,
            allow_redirects=False,
            stream=True,  # the answer is read with a cap, never whole
        ) as resp:
            try:
                read_bounded(resp, MAX_ANSWER, deadline)
            except BodyTooLarge:
                pass  # a long answer is cut: only its status matters
    except TooSlow:
        raise UploadError(f"{url} did not finish answering within {timeout:g} s") from None
    except requests.Timeout:
        raise UploadError(f"no answer from {url} within {timeout:g} s") from None
    except requests.RequestException as exc:
        raise UploadError(f"could not send to {url}: {exc.__class__.__name__}") from None
    if 300 <= resp.status_code < 400:
        raise UploadError(f"{url} answered {resp.status_code} (redirect not followed; use the final URL)")
    if resp.status_code >= 400:
        raise UploadError(f"{url} answered {resp.status_code} {resp.reason or ''}".rstrip())
    return resp.status_code
