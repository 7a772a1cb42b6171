"""Who may talk to the app: token, Host, Origin and Sec-Fetch-Site, request by request."""

from __future__ import annotations

import pytest

from auditor.app.security import new_token, own_origins, refusal

PORT = 48123
TOKEN = "tok-123"
OK = {"Host": f"127.0.0.1:{PORT}"}


def test_security_tokens_are_long_and_fresh() -> None:
    tokens = {new_token() for _ in range(50)}
    assert len(tokens) == 50 and min(len(t) for t in tokens) >= 32


def test_security_own_page_get_with_token_is_allowed() -> None:
    assert refusal("GET", OK, TOKEN, TOKEN, PORT) is None
    assert refusal("GET", {"host": f"localhost:{PORT}"}, TOKEN, TOKEN, PORT) is None  # header names in any case
    assert refusal("GET", {**OK, "X-Auditor-Token": TOKEN}, None, TOKEN, PORT) is None


def test_security_post_from_the_page_is_allowed() -> None:
    for origin in own_origins(PORT):
        assert refusal("POST", {**OK, "Origin": origin, "Sec-Fetch-Site": "same-origin"}, TOKEN, TOKEN, PORT) is None


@pytest.mark.parametrize(
    ("method", "headers", "token", "why"),
    [
        ("GET", OK, "wrong", "wrong token"),
        ("GET", OK, None, "wrong token"),
        ("GET", OK, TOKEN[:-1], "wrong token"),
        ("GET", {"Host": f"evil.example:{PORT}"}, TOKEN, "wrong host"),  # DNS rebinding keeps the attacker's name
        ("GET", {"Host": "127.0.0.1:1"}, TOKEN, "wrong host"),
        ("GET", {}, TOKEN, "wrong host"),
        ("GET", {**OK, "Origin": "https://evil.example"}, TOKEN, "foreign origin"),
        ("GET", {**OK, "Origin": "null"}, TOKEN, "foreign origin"),  # a sandboxed frame or a file:// page
        ("GET", {**OK, "Origin": f"http://127.0.0.1:{PORT + 1}"}, TOKEN, "foreign origin"),
        ("POST", OK, TOKEN, "missing origin"),
        ("POST", {**OK, "Origin": "https://evil.example"}, TOKEN, "foreign origin"),
        ("GET", {**OK, "Sec-Fetch-Site": "cross-site"}, TOKEN, "cross-site request"),
    ],
)
def test_security_refuses(method: str, headers: dict[str, str], token: str | None, why: str) -> None:
    assert refusal(method, headers, token, TOKEN, PORT) == why
