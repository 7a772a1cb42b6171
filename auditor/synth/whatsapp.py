"""WhatsApp chat exports (`_chat.txt`) in the line styles of several phone locales (Android and
iOS; 24-hour, 12-hour with narrow no-break spaces, Finnish "klo").

Returns text; the caller writes it. Deterministic; invented content only.
"""

from __future__ import annotations

from datetime import datetime


def whatsapp_line(when: datetime, author: str | None, text: str, style: str = "android") -> str:
    """One WhatsApp export line in a phone locale's style; author None gives a system message."""
    d, m, y, yy = when.day, when.month, when.year, when.year % 100
    H, M, S = when.hour, when.minute, when.second
    h12 = H % 12 or 12
    ap = "AM" if H < 12 else "PM"
    if style == "android":  # en-AU/en-GB: 23/06/2018, 13:55 - Alex: hi
        prefix = f"{d:02d}/{m:02d}/{y}, {H:02d}:{M:02d} - "
    elif style == "android_us":  # en-US, U+202F before AM/PM: 6/23/18, 1:55 PM - Alex: hi
        prefix = f"{m}/{d}/{yy:02d}, {h12}:{M:02d}\u202f{ap} - "
    elif style == "android_es":  # NBSP inside "p. m."
        prefix = f"{d}/{m}/{y} {h12}:{M:02d}\xa0{ap[0].lower()}.\xa0m. - "
    elif style == "ios":  # [23.06.18, 13:55:07] Alex: hi
        prefix = f"[{d:02d}.{m:02d}.{yy:02d}, {H:02d}:{M:02d}:{S:02d}] "
    elif style == "ios_us":  # [6/23/18, 1:55:07 PM] Alex: hi
        prefix = f"[{m}/{d}/{yy:02d}, {h12}:{M:02d}:{S:02d}\u202f{ap}] "
    elif style == "finnish":  # 23.6.2018 klo 13.55.07 - Alex: hi
        prefix = f"{d}.{m}.{y} klo {H}.{M:02d}.{S:02d} - "
    else:
        raise ValueError(style)
    if style.startswith("ios") and text.startswith("<attached"):
        prefix = "\u200e" + prefix
    return f"{prefix}{author}: {text}" if author is not None else f"{prefix}{text}"


def whatsapp_chat(messages: list[tuple[datetime, str | None, str]], style: str = "android") -> str:
    """A chat export: the encryption notice, then each (time, author, text) in the given style."""
    first = messages[0][0] if messages else datetime(2024, 1, 1)
    notice = (
        "Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them."
    )
    lines = [whatsapp_line(first, None, notice, style)]
    lines += [whatsapp_line(w, a, t, style) for w, a, t in messages]
    return ("\r\n" if style.startswith("android") else "\n").join(lines) + "\n"
