"""A draft leaves Afterword as an .eml file (RFC 5322) or a mailto: link (RFC 6068)."""

from __future__ import annotations

from datetime import datetime
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP, SMTPUTF8
from email.utils import format_datetime, make_msgid
from urllib.parse import quote

# Used for the Message-ID when there is no sender address to take a domain from.
_FALLBACK_DOMAIN = "afterword.invalid"
# Plain RFC 5322: 7-bit on the wire, so a non-ASCII body goes quoted-printable or base64.
_ASCII_POLICY = SMTP.clone(cte_type="7bit")


def to_eml(
    *,
    to_name: str | None,
    to_email: str | None,
    from_name: str | None,
    from_email: str | None,
    subject: str | None,
    body: str,
    date: datetime,
    message_id: str | None = None,
) -> bytes:
    """An unsent message that mail clients open as a draft (`X-Unsent: 1`).

    Headers without a known address are left out for the mail client to fill in. The
    message is 7-bit ASCII with CRLF line ends: names and subjects outside ASCII become
    RFC 2047 encoded-words, and the UTF-8 body is quoted-printable or base64. Only an
    address whose local part is not ASCII makes it an SMTPUTF8 message (RFC 6532), with
    raw UTF-8 headers and an 8-bit body. An invalid address raises ValueError.

    `message_id` is the left part of the Message-ID (before "@"); a random one is made
    when it is not given. A fixed one makes the same draft export to the same bytes.
    """
    if date.utcoffset() is None:
        raise ValueError("date must be timezone-aware")
    to_address = _address(to_name, to_email)
    from_address = _address(from_name, from_email)
    needs_utf8 = any(
        address is not None and not address.username.isascii()
        for address in (to_address, from_address)
    )
    message = EmailMessage(policy=SMTPUTF8 if needs_utf8 else _ASCII_POLICY)
    if from_address is not None:
        message["From"] = from_address
    if to_address is not None:
        message["To"] = to_address
    if subject:
        message["Subject"] = _one_line(subject)
    message["Date"] = format_datetime(date)
    domain = from_address.domain if from_address is not None else _FALLBACK_DOMAIN
    message["Message-ID"] = f"<{message_id}@{domain}>" if message_id else make_msgid(domain=domain)
    message["X-Unsent"] = "1"
    message.set_content(_unix_newlines(body))
    return message.as_bytes()


def to_mailto(to_email: str | None, subject: str | None, body: str) -> str:
    """A mailto: URI: UTF-8 percent-encoding, spaces as %20, line breaks as %0D%0A."""
    recipient = quote(to_email.strip(), safe="@") if to_email else ""
    fields = []
    if subject:
        fields.append("subject=" + quote(_one_line(subject), safe=""))
    if body:
        fields.append("body=" + quote(_unix_newlines(body).replace("\n", "\r\n"), safe=""))
    query = "?" + "&".join(fields) if fields else ""
    return f"mailto:{recipient}{query}"


def _address(name: str | None, email: str | None) -> Address | None:
    if not email:
        return None
    local_part, at, domain = email.strip().rpartition("@")
    if not at or not local_part or not domain:
        raise ValueError(f"not an email address: {email!r}")
    # An internationalised domain travels as IDNA ("xn--mller-kva.de") in any policy.
    ascii_domain = domain.encode("idna").decode("ascii")
    return Address(display_name=_one_line(name or ""), username=local_part, domain=ascii_domain)


def _one_line(text: str) -> str:
    """Header text: line breaks would start a new header, so runs of whitespace become one."""
    return " ".join(text.split())


def _unix_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")
